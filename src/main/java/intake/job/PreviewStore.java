package intake.job;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-row results of one preview build, on disk: one JSON line per row, an index of
 * their offsets and an index of the rows with problems, so any page is read without
 * holding the file's rows in memory.
 */
final class PreviewStore {

	private final Path rows;

	private final Path index;

	private final Path problems;

	private final Path summary;

	private final JsonMapper json;

	PreviewStore(Path directory, String revision, JsonMapper json) {
		String prefix = "preview-" + revision;
		this.rows = directory.resolve(prefix + ".rows");
		this.index = directory.resolve(prefix + ".idx");
		this.problems = directory.resolve(prefix + ".problems");
		this.summary = directory.resolve(prefix + ".json");
		this.json = json;
	}

	Optional<PreviewSummary> summary() {
		if (!Files.exists(this.summary)) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.json.readValue(Files.readString(this.summary), PreviewSummary.class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
				items.add(this.json.readValue(new String(bytes, StandardCharsets.UTF_8), PreviewItem.class));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return items;
	}

	private static long readAt(RandomAccessFile file, long position) throws IOException {
		file.seek(position);
		return file.readLong();
	}

	/**
	 * Appends rows in file order; {@link #finish} makes the build visible. One JSON
	 * generator writes every row, a line break between two, instead of a byte array per
	 * row; the row's fields are written by hand ({@link #write}), as the mapper would
	 * write the record but without looking up a serializer per value.
	 */
	final class Writer implements AutoCloseable {

		private final Counting data;

		private final JsonGenerator rows;

		private final DataOutputStream idx;

		private final DataOutputStream prob;

		private long ordinal;

		private Writer() throws IOException {
			this.data = new Counting(new BufferedOutputStream(Files.newOutputStream(PreviewStore.this.rows), 1 << 16));
			this.rows = PreviewStore.this.json.createGenerator(this.data);
			this.idx = new DataOutputStream(
					new BufferedOutputStream(Files.newOutputStream(PreviewStore.this.index), 1 << 14));
			this.prob = new DataOutputStream(
					new BufferedOutputStream(Files.newOutputStream(PreviewStore.this.problems), 1 << 14));
		}

		void add(PreviewItem item) {
			try {
				this.rows.flush();
				// a row after the first begins after the separator written before it
				this.idx.writeLong(this.data.count + ((this.ordinal > 0) ? 1 : 0));
				if (this.ordinal > 0) {
					this.rows.writeRaw('\n');
				}
				write(this.rows, item, PreviewStore.this.json);
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
		 * Writes a row as the mapper writes a {@link PreviewItem} whose values are in the
		 * JSON encoding ({@link JsonValues#encode(Map)}): its components in order, plain
		 * values (texts, whole numbers, booleans, null) directly, any other encoded and
		 * written through the mapper. Read back, the row's values are in the encoding.
		 */
		static void write(JsonGenerator out, PreviewItem item, JsonMapper json) {
			out.writeStartObject();
			out.writeNumberProperty("line", item.line());
			out.writeStringProperty("status", item.status());
			out.writeName("values");
			writeMap(out, item.values(), json);
			out.writeName("errors");
			writeProblems(out, item.errors());
			out.writeName("warnings");
			writeProblems(out, item.warnings());
			out.writeName("changes");
			out.writeStartObject();
			for (Map.Entry<String, Map<String, Object>> change : item.changes().entrySet()) {
				out.writeName(change.getKey());
				writeMap(out, change.getValue(), json);
			}
			out.writeEndObject();
			out.writeName("raw");
			out.writeStartArray();
			for (String cell : item.raw()) {
				out.writeString(cell);
			}
			out.writeEndArray();
			out.writeEndObject();
		}

		private static void writeMap(JsonGenerator out, Map<String, Object> values, JsonMapper json) {
			out.writeStartObject();
			values.forEach((key, value) -> {
				out.writeName(key);
				writeValue(out, value, json);
			});
			out.writeEndObject();
		}

		private static void writeValue(JsonGenerator out, Object value, JsonMapper json) {
			// classes compared, not instanceof: see JsonValues.isPlain
			Class<?> type = (value != null) ? value.getClass() : null;
			if (type == null) {
				out.writeNull();
			}
			else if (type == String.class) {
				out.writeString((String) value);
			}
			else if (type == Long.class) {
				out.writeNumber((Long) value);
			}
			else if (type == Integer.class) {
				out.writeNumber((Integer) value);
			}
			else if (type == Boolean.class) {
				out.writeBoolean((Boolean) value);
			}
			else {
				json.writeValue(out, JsonValues.encode(value));
			}
		}

		private static void writeProblems(JsonGenerator out, List<PreviewItem.Problem> problems) {
			out.writeStartArray();
			for (PreviewItem.Problem problem : problems) {
				out.writeStartObject();
				out.writeStringProperty("field", problem.field());
				out.writeName("column");
				if (problem.column() != null) {
					out.writeNumber(problem.column());
				}
				else {
					out.writeNull();
				}
				out.writeStringProperty("value", problem.value());
				out.writeStringProperty("message", problem.message());
				out.writeEndObject();
			}
			out.writeEndArray();
		}

		@Override
		public void close() {
			try {
				this.rows.close();
				this.data.close();
				this.idx.close();
				this.prob.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * Counts the bytes written; a flush goes no further (the generator flushes after each
	 * row, which must not become a write to the file each), closing does.
	 */
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
		public void flush() {
		}

		@Override
		public void close() throws IOException {
			this.out.close();
		}

	}

}
