package intake.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.LongDataType;
import org.h2.mvstore.type.StringDataType;

/**
 * Where a planner keeps what it knows of a file's records once that no longer fits its
 * share of the heap: maps in a temporary file (an H2 MVStore with a small page cache, no
 * background thread), deleted when the planner's pass ends. What was written is read back
 * only by the same pass; nothing here outlives the process that wrote it.
 */
final class Spill implements AutoCloseable {

	/** MB of pages the store keeps in the heap. */
	private static final int CACHE_MB = 4;

	private final Path file;

	private final MVStore store;

	private Spill(Path file, MVStore store) {
		this.file = file;
		this.store = store;
	}

	/**
	 * Opens a new, empty spill file in a directory.
	 * @throws UncheckedIOException when the file cannot be created
	 */
	static Spill open(Path directory) {
		try {
			Files.createDirectories(directory);
			Path file = Files.createTempFile(directory, "plan-", ".spill");
			Files.delete(file);
			MVStore store = new MVStore.Builder().fileName(file.toString())
				.cacheSize(CACHE_MB)
				.autoCommitDisabled()
				.open();
			store.setVersionsToKeep(0);
			return new Spill(file, store);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a spill file in " + directory, ex);
		}
	}

	/** A map from numbers to numbers, created on first use. */
	MVMap<Long, Long> numbers(String name) {
		return this.store.openMap(name,
				new MVMap.Builder<Long, Long>().keyType(LongDataType.INSTANCE).valueType(LongDataType.INSTANCE));
	}

	/** A map from texts to numbers, created on first use. */
	MVMap<String, Long> texts(String name) {
		return this.store.openMap(name,
				new MVMap.Builder<String, Long>().keyType(StringDataType.INSTANCE).valueType(LongDataType.INSTANCE));
	}

	/** A map from numbers to encoded records, created on first use. */
	MVMap<Long, byte[]> records(String name) {
		return this.store.openMap(name,
				new MVMap.Builder<Long, byte[]>().keyType(LongDataType.INSTANCE).valueType(ByteArrayDataType.INSTANCE));
	}

	/** Writes what was put since the last commit, so its pages can leave the heap. */
	void commit() {
		this.store.commit();
	}

	/** The file, for tests. */
	Path file() {
		return this.file;
	}

	/**
	 * Closes the store without writing anything more, and deletes its file (when the file
	 * cannot be deleted now, when the JVM exits; the job's purge also removes it).
	 */
	@Override
	public void close() {
		try {
			this.store.closeImmediately();
		}
		finally {
			try {
				Files.deleteIfExists(this.file);
			}
			catch (IOException ex) {
				// the pass's outcome stands; the file goes with the job's directory or
				// the JVM
				this.file.toFile().deleteOnExit();
			}
		}
	}

}
