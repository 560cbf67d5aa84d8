package intake.source;

import java.util.Iterator;
import java.util.List;

/**
 * A streaming reader over a stored file's data rows; the header is consumed on open. Not
 * thread-safe. {@link #next()} throws {@link java.util.NoSuchElementException} past the
 * end and {@link java.io.UncheckedIOException} when the file cannot be read.
 */
public interface RowSource extends Iterator<SourceRow>, AutoCloseable {

	/**
	 * Returns the header cells, trimmed; a blank header cell becomes {@code "Column N"}
	 * (1-based).
	 * @return the header, never empty
	 */
	List<String> header();

	/**
	 * Returns the physical line of the header.
	 * @return the 1-based line, or 0 when the file is read without a header
	 */
	long headerLine();

	@Override
	void close();

}
