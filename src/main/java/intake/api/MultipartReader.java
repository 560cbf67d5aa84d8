package intake.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ContentDisposition;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578, framed as RFC 2046 §5.1.1 says)
 * part by part while it arrives; a part's content is a stream that ends at the next
 * boundary. The boundary is found with a Boyer–Moore–Horspool search, which skips up to
 * the delimiter's length per step, instead of comparing every byte of a file of hundreds
 * of megabytes. Not thread-safe; the caller closes the underlying stream.
 */
final class MultipartReader {

	/** The most bytes a part's header block may take. */
	static final int HEADER_MAX = 16 * 1024;

	/** The longest boundary accepted (RFC 2046 allows 70 characters). */
	static final int MAX_BOUNDARY = 200;

	private static final int BUFFER_SIZE = 64 * 1024;

	/** The body is not a multipart body with this boundary, or it is cut off. */
	static final class MalformedException extends IOException {

		private static final long serialVersionUID = 1L;

		MalformedException(String message) {
			super(message);
		}

	}

	/** The request's body could not be read: the client went away or sent it broken. */
	static final class BodyReadException extends IOException {

		private static final long serialVersionUID = 1L;

		BodyReadException(IOException cause) {
			super("the request's body could not be read (" + cause.getMessage() + ")", cause);
		}

	}

	/** The body, or a file in it, is larger than allowed. */
	static final class TooLargeException extends IOException {

		private static final long serialVersionUID = 1L;

		TooLargeException(String message) {
			super(message);
		}

	}

	/**
	 * One part: the form field's name, the file name when the part is a file (possibly
	 * empty, as a browser sends for no file chosen), and its content up to the next
	 * boundary.
	 */
	record Part(String name, Optional<String> fileName, InputStream content) {

		boolean isFile() {
			return this.fileName.isPresent();
		}

	}

	private final InputStream in;

	/**
	 * CR LF "--" boundary: what ends every part (and, prefixed virtually, the preamble).
	 */
	private final byte[] delimiter;

	/** Horspool's shift per byte value for {@link #delimiter}. */
	private final int[] shift = new int[256];

	private final byte[] buffer = new byte[BUFFER_SIZE];

	private final long sizeMax;

	private final long fileSizeMax;

	private int head;

	private int tail;

	/**
	 * Where the delimiter starts in the buffer, once found and not yet passed; else -1.
	 */
	private int found = -1;

	/** No delimiter starts before this position (from {@link #head} on). */
	private int searchedTo;

	private long received;

	private boolean eof;

	/** The current part's content has reached its delimiter. */
	private boolean atDelimiter;

	private boolean finished;

	private PartContent current;

	/**
	 * @param in the body
	 * @param boundary the boundary of the request's content type
	 * @param sizeMax the most bytes the whole body may hold
	 * @param fileSizeMax the most bytes one file part may hold
	 */
	MultipartReader(InputStream in, String boundary, long sizeMax, long fileSizeMax) {
		if (boundary.isEmpty() || boundary.length() > MAX_BOUNDARY) {
			throw new IllegalArgumentException("A boundary has 1 to " + MAX_BOUNDARY + " characters");
		}
		this.in = in;
		this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		this.sizeMax = sizeMax;
		this.fileSizeMax = fileSizeMax;
		int m = this.delimiter.length;
		Arrays.fill(this.shift, m);
		for (int i = 0; i < m - 1; i++) {
			this.shift[this.delimiter[i] & 0xFF] = m - 1 - i;
		}
		// the first boundary may open the body: read as if a line break came before it
		this.buffer[0] = '\r';
		this.buffer[1] = '\n';
		this.tail = 2;
	}

	/**
	 * Returns the next part, after skipping what is left of the current one (and, the
	 * first time, the preamble); empty after the closing boundary.
	 * @throws MalformedException for a body that does not follow the framing
	 * @throws TooLargeException for a body above the size limit
	 */
	Optional<Part> next() throws IOException {
		if (this.finished) {
			return Optional.empty();
		}
		// the preamble the first time, else what nobody read of the current part
		skipContent();
		if (!ensure(2)) {
			throw new MalformedException("the body ends after a boundary");
		}
		if (this.buffer[this.head] == '-' && this.buffer[this.head + 1] == '-') {
			this.finished = true;
			return Optional.empty();
		}
		// transport padding may follow a boundary before its line break
		while (ensure(1) && (this.buffer[this.head] == ' ' || this.buffer[this.head] == '\t')) {
			this.head++;
		}
		if (!ensure(2) || this.buffer[this.head] != '\r' || this.buffer[this.head + 1] != '\n') {
			throw new MalformedException("a boundary is not followed by a line break");
		}
		this.head += 2;
		String headers = headerBlock();
		this.atDelimiter = false;
		Disposition disposition = disposition(headers);
		this.current = new PartContent(disposition.fileName().isPresent() ? this.fileSizeMax : Long.MAX_VALUE);
		return Optional.of(new Part(disposition.name(), disposition.fileName(), this.current));
	}

	private record Disposition(String name, Optional<String> fileName) {
	}

	private static Disposition disposition(String headers) throws MalformedException {
		String value = null;
		for (String line : unfolded(headers)) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-disposition")) {
				value = line.substring(colon + 1).trim();
			}
		}
		if (value == null) {
			return new Disposition("", Optional.empty());
		}
		try {
			ContentDisposition parsed = ContentDisposition.parse(value);
			String name = (parsed.getName() != null) ? parsed.getName() : "";
			return new Disposition(name, Optional.ofNullable(parsed.getFilename()));
		}
		catch (RuntimeException ex) {
			// Spring's parser fails with more than IllegalArgumentException on some
			// broken quotes (a value ending in a lone quote)
			throw new MalformedException("a part's Content-Disposition cannot be read (" + ex.getMessage() + ")");
		}
	}

	private static java.util.List<String> unfolded(String headers) {
		java.util.List<String> lines = new java.util.ArrayList<>();
		for (String line : headers.split("\r\n", -1)) {
			if (!lines.isEmpty() && !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line.trim());
			}
			else if (!line.isEmpty()) {
				lines.add(line);
			}
		}
		return lines;
	}

	/** Reads a part's header lines up to and including the empty line that ends them. */
	private String headerBlock() throws IOException {
		if (!ensure(2)) {
			throw new MalformedException("the body ends inside a part's headers");
		}
		if (this.buffer[this.head] == '\r' && this.buffer[this.head + 1] == '\n') {
			this.head += 2;
			return "";
		}
		int from = this.head;
		while (true) {
			for (int i = Math.max(from, this.head); i + 3 < this.tail; i++) {
				if (this.buffer[i] == '\r' && this.buffer[i + 1] == '\n' && this.buffer[i + 2] == '\r'
						&& this.buffer[i + 3] == '\n') {
					if (i - this.head > HEADER_MAX) {
						break;
					}
					String text = new String(this.buffer, this.head, i - this.head, StandardCharsets.UTF_8);
					this.head = i + 4;
					return text;
				}
			}
			if (this.tail - this.head > HEADER_MAX) {
				throw new MalformedException("a part's headers are longer than " + HEADER_MAX + " bytes");
			}
			from = Math.max(this.head, this.tail - 3);
			int offset = this.head;
			if (!fill()) {
				throw new MalformedException("the body ends inside a part's headers");
			}
			from -= offset - this.head;
		}
	}

	private void skipContent() throws IOException {
		byte[] sink = new byte[8192];
		while (content(sink, 0, sink.length) >= 0) {
			// not kept
		}
	}

	/**
	 * Reads content bytes of the current part: up to {@code length}, or -1 once its
	 * delimiter is reached (and passed).
	 */
	private int content(byte[] target, int offset, int length) throws IOException {
		if (this.atDelimiter) {
			return -1;
		}
		if (length == 0) {
			return 0;
		}
		while (true) {
			int match = search();
			int safeEnd = (match >= 0) ? match : Math.max(this.head, this.tail - (this.delimiter.length - 1));
			if (safeEnd > this.head) {
				int n = Math.min(length, safeEnd - this.head);
				System.arraycopy(this.buffer, this.head, target, offset, n);
				this.head += n;
				return n;
			}
			if (match >= 0) {
				this.head = match + this.delimiter.length;
				this.found = -1;
				this.searchedTo = this.head;
				this.atDelimiter = true;
				return -1;
			}
			if (!fill()) {
				throw new MalformedException("the body ends before its closing boundary");
			}
		}
	}

	/** The delimiter's start in the buffer at or after {@link #head}, or -1. */
	private int search() {
		if (this.found >= this.head) {
			return this.found;
		}
		int m = this.delimiter.length;
		int position = Math.max(this.head, this.searchedTo);
		byte[] data = this.buffer;
		byte[] pattern = this.delimiter;
		while (position <= this.tail - m) {
			int j = m - 1;
			while (j >= 0 && data[position + j] == pattern[j]) {
				j--;
			}
			if (j < 0) {
				this.found = position;
				return position;
			}
			position += this.shift[data[position + m - 1] & 0xFF];
		}
		this.searchedTo = position;
		return -1;
	}

	/** Makes at least {@code count} unread bytes available; false at the body's end. */
	private boolean ensure(int count) throws IOException {
		while (this.tail - this.head < count) {
			if (!fill()) {
				return false;
			}
		}
		return true;
	}

	/** Moves the unread bytes to the buffer's start and reads more; false at the end. */
	private boolean fill() throws IOException {
		if (this.eof) {
			return false;
		}
		if (this.head > 0) {
			int shiftBy = this.head;
			System.arraycopy(this.buffer, this.head, this.buffer, 0, this.tail - this.head);
			this.tail -= shiftBy;
			this.head = 0;
			this.found = (this.found >= shiftBy) ? this.found - shiftBy : -1;
			this.searchedTo = Math.max(0, this.searchedTo - shiftBy);
		}
		if (this.tail == this.buffer.length) {
			throw new IllegalStateException("buffer full"); // cannot happen: headers are
															// limited, content is not
															// kept
		}
		int read;
		try {
			read = this.in.read(this.buffer, this.tail, this.buffer.length - this.tail);
		}
		catch (IOException ex) {
			throw new BodyReadException(ex);
		}
		if (read < 0) {
			this.eof = true;
			return false;
		}
		this.received += read;
		if (this.received > this.sizeMax) {
			throw new TooLargeException("the body is larger than " + this.sizeMax + " bytes");
		}
		this.tail += read;
		return true;
	}

	/** The current part's content: ends at its delimiter; closing skips the rest. */
	private final class PartContent extends InputStream {

		private final long limit;

		private final byte[] one = new byte[1];

		private long count;

		PartContent(long limit) {
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int n = read(this.one, 0, 1);
			return (n < 0) ? -1 : this.one[0] & 0xFF;
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			java.util.Objects.checkFromIndexSize(offset, length, target.length);
			if (length == 0) {
				return 0;
			}
			if (MultipartReader.this.current != this) {
				return -1;
			}
			int n = content(target, offset, length);
			if (n > 0) {
				this.count += n;
				if (this.count > this.limit) {
					throw new TooLargeException("the file is larger than " + this.limit + " bytes");
				}
			}
			return n;
		}

		@Override
		public void close() {
			// the next part skips what is left
		}

	}

}
