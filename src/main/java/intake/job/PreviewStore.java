package intake.job;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The per-row results of one preview build, on disk: one JSON line per row, an index of
 * their offsets and an index of the rows with problems, so any page is read without
 * holding the file's rows in memory. A row is an array that names its values' keys by
 * number ({@link PreviewRowWriter}); the keys are stored once, beside the rows. A row
 * stored as an object (a build made before session 11) is read as it was written.
 * <p>
 * Each revision of a job has its own files ({@code preview-<revision>.*}). A finished
 * build supersedes the other finished ones ({@link #dropOtherRevisions}): a 1M-row
 * preview takes some 400 MB, and each change of mapping, options or settings makes a new
 * revision. A request still reading a dropped revision gets a 409 that says to ask again.
 * The import notes the revision whose preview it records or found
 * ({@link #markImported}).
 */
final class PreviewStore {

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(PreviewStore.class);

	private static final String PREFIX = "preview-";

	/** Names the revision of the preview an import recorded or found at its start. */
	private static final String IMPORTED = "imported-preview";

	private final Path directory;

	private final String revision;

	private final String prefix;

	private final Path rows;

	private final Path index;

	private final Path problems;

	private final Path summary;

	private final Path keys;

	private final JsonMapper json;

	PreviewStore(Path directory, String revision, JsonMapper json) {
		String prefix = PREFIX + revision;
		this.directory = directory;
		this.revision = revision;
		this.prefix = prefix + ".";
		this.rows = directory.resolve(prefix + ".rows");
		this.index = directory.resolve(prefix + ".idx");
		this.problems = directory.resolve(prefix + ".problems");
		this.summary = directory.resolve(prefix + ".json");
		this.keys = directory.resolve(prefix + ".keys");
		this.json = json;
	}

	/**
	 * The summary of this revision's finished build. A summary whose rows are gone (the
	 * files deleted while the build was still writing them, by an instance that does not
	 * share this one's lock) counts as no build, so the preview is built again.
	 */
	Optional<PreviewSummary> summary() {
		if (!built()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.json.readValue(Files.readString(this.summary), PreviewSummary.class));
		}
		catch (NoSuchFileException ex) {
			throw superseded();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether this revision's build finished and its rows are there. */
	boolean built() {
		return Files.exists(this.summary) && Files.exists(this.rows) && Files.exists(this.index)
				&& Files.exists(this.problems);
	}

	/** This revision's files, the summary (which makes the build visible) first. */
	private List<Path> files() {
		return List.of(this.summary, this.rows, this.index, this.problems, this.keys);
	}

	Writer writer() {
		try {
			Files.createDirectories(this.rows.getParent());
			return new Writer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Rows {@code offset .. offset+limit} of all rows, or of the rows with problems. */
	List<PreviewItem> page(long offset, int limit, boolean onlyProblems) {
		List<PreviewItem> items = new ArrayList<>(limit);
		List<String> keyNames = null;
		try (RandomAccessFile idx = new RandomAccessFile(this.index.toFile(), "r");
				RandomAccessFile data = new RandomAccessFile(this.rows.toFile(), "r");
				RandomAccessFile prob = new RandomAccessFile(this.problems.toFile(), "r")) {
			long available = (onlyProblems ? prob.length() : idx.length()) / 8;
			for (long i = offset; i < Math.min(available, offset + limit); i++) {
				long ordinal = i;
				if (onlyProblems) {
					prob.seek(i * 8);
					ordinal = prob.readLong();
				}
				idx.seek(ordinal * 8);
				long start = idx.readLong();
				long end = ((ordinal + 1) * 8 < idx.length()) ? readAt(idx, (ordinal + 1) * 8) : data.length();
				byte[] bytes = new byte[(int) (end - start)];
				data.seek(start);
				data.readFully(bytes);
				String line = new String(bytes, StandardCharsets.UTF_8);
				if (line.startsWith("{")) {
					items.add(this.json.readValue(line, PreviewItem.class));
				}
				else {
					if (keyNames == null) {
						keyNames = keys();
					}
					items.add(item((List<?>) this.json.readValue(line, Object.class), keyNames));
				}
			}
		}
		catch (java.io.FileNotFoundException | NoSuchFileException ex) {
			throw superseded();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return items;
	}

	/**
	 * Deletes the files of the job's other finished preview revisions, best effort (a
	 * failure is logged: the purge deletes them with the job's files). A revision still
	 * being written has no summary yet and is left alone.
	 * @return how many files were deleted
	 */
	int dropOtherRevisions() {
		List<PreviewStore> finished = new ArrayList<>();
		try (DirectoryStream<Path> summaries = Files.newDirectoryStream(this.directory, PREFIX + "*.json")) {
			for (Path file : summaries) {
				String name = file.getFileName().toString();
				if (!name.startsWith(this.prefix)) {
					finished.add(new PreviewStore(this.directory,
							name.substring(PREFIX.length(), name.length() - ".json".length()), this.json));
				}
			}
		}
		catch (IOException ex) {
			logger.warn("Could not list the previews in " + this.directory + ": " + ex);
			return 0;
		}
		int deleted = 0;
		for (PreviewStore other : finished) {
			for (Path file : other.files()) {
				try {
					if (Files.deleteIfExists(file)) {
						deleted++;
					}
				}
				catch (IOException ex) {
					logger.warn("Could not delete a superseded preview file " + file + ": " + ex);
				}
			}
		}
		return deleted;
	}

	String revision() {
		return this.revision;
	}

	/**
	 * Notes this revision as the one the job's import records or found: what its preview
	 * shows after it, whatever the job's current revision.
	 */
	void markImported() {
		try {
			Files.writeString(this.directory.resolve(IMPORTED), this.revision);
		}
		catch (IOException ex) {
			// the import goes on; its preview then is the job's current revision's
			logger.warn("Could not note the preview of the import in " + this.directory + ": " + ex);
		}
	}

	/** The preview the job's import recorded or found, if it noted one. */
	static Optional<PreviewStore> imported(Path directory, JsonMapper json) {
		Path marker = directory.resolve(IMPORTED);
		try {
			String revision = Files.readString(marker).strip();
			return revision.isEmpty() ? Optional.empty() : Optional.of(new PreviewStore(directory, revision, json));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A revision's files went while a request read them: a newer build superseded it. */
	private static ImportException superseded() {
		return new ImportException(ErrorCode.WRONG_STATE, "The preview was replaced while it was read: the mapping,"
				+ " options or settings changed and a newer preview was built. Ask for the preview again.");
	}

	private List<String> keys() throws IOException {
		if (!Files.exists(this.keys)) {
			// written with the rows, before the build became visible
			throw superseded();
		}
		List<?> names = this.json.readValue(Files.readString(this.keys), List.class);
		return names.stream().map(String.class::cast).toList();
	}

	/**
	 * A row stored as {@code [line, status, [k, v, …], errors, warnings, changes, raw]},
	 * its values read as the mapper reads them for a record's map of values.
	 */
	@SuppressWarnings("unchecked")
	private PreviewItem item(List<?> row, List<String> keyNames) {
		List<?> pairs = (List<?>) row.get(2);
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.size(); i += 2) {
			int key = ((Number) pairs.get(i)).intValue();
			if (key >= keyNames.size()) {
				throw new IllegalStateException("Preview row names value key " + key + " of " + keyNames.size());
			}
			values.put(keyNames.get(key), pairs.get(i + 1));
		}
		return new PreviewItem(((Number) row.get(0)).longValue(), (String) row.get(1), values, problems(row.get(3)),
				problems(row.get(4)), (Map<String, Map<String, Object>>) row.get(5), (List<String>) row.get(6));
	}

	private List<PreviewItem.Problem> problems(Object problems) {
		List<?> list = (List<?>) problems;
		if (list.isEmpty()) {
			return List.of();
		}
		return list.stream().map((p) -> this.json.convertValue(p, PreviewItem.Problem.class)).toList();
	}

	private static long readAt(RandomAccessFile file, long position) throws IOException {
		file.seek(position);
		return file.readLong();
	}

	/**
	 * Appends rows in file order; {@link #finish} makes the build visible. Each row is
	 * rendered by hand ({@link PreviewRowWriter}, each part byte for byte what the mapper
	 * writes for it) into one reused buffer, a line break between two rows; closing
	 * stores the value keys the rows name.
	 */
	final class Writer implements AutoCloseable {

		private final Counting data;

		private final PreviewRowWriter row;

		private final DataOutputStream idx;

		private final DataOutputStream prob;

		private long ordinal;

		private boolean closed;

		private Writer() throws IOException {
			this.data = new Counting(new BufferedOutputStream(Files.newOutputStream(PreviewStore.this.rows), 1 << 16));
			this.row = new PreviewRowWriter(PreviewStore.this.json);
			this.idx = new DataOutputStream(
					new BufferedOutputStream(Files.newOutputStream(PreviewStore.this.index), 1 << 14));
			this.prob = new DataOutputStream(
					new BufferedOutputStream(Files.newOutputStream(PreviewStore.this.problems), 1 << 14));
		}

		void add(PreviewItem item) {
			try {
				// rendered first: a row the mapper refuses leaves the files as they were
				this.row.render(item);
				if (this.ordinal > 0) {
					this.data.write('\n');
				}
				this.idx.writeLong(this.data.count);
				this.data.write(this.row.buffer(), 0, this.row.length());
				if (!item.errors().isEmpty() || !item.warnings().isEmpty()) {
					this.prob.writeLong(this.ordinal);
				}
				this.ordinal++;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void finish(PreviewSummary result) {
			close();
			try {
				Path partial = PreviewStore.this.summary
					.resolveSibling(PreviewStore.this.summary.getFileName() + ".part");
				Files.writeString(partial, PreviewStore.this.json.writeValueAsString(result));
				Files.move(partial, PreviewStore.this.summary, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * Closes the files and writes the keys, once: a run closes its recorder again
		 * after the job ended, when requests may read the finished preview, and writing
		 * the keys again would truncate them under a reader.
		 */
		@Override
		public void close() {
			if (this.closed) {
				return;
			}
			this.closed = true;
			try {
				this.data.close();
				this.idx.close();
				this.prob.close();
				// before finish writes the summary, which makes the build visible; whole
				// or
				// not at all
				Path partial = PreviewStore.this.keys.resolveSibling(PreviewStore.this.keys.getFileName() + ".part");
				Files.writeString(partial, PreviewStore.this.json.writeValueAsString(this.row.keys()));
				Files.move(partial, PreviewStore.this.keys, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** Counts the bytes written. */
	private static final class Counting extends java.io.FilterOutputStream {

		private long count;

		Counting(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
			this.count += length;
		}

		@Override
		public void close() throws IOException {
			this.out.close();
		}

	}

}
