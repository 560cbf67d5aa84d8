package intake.source;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through while following RFC 4180 quoting, so that the reader can tell
 * at the end of input whether a quoted field was left open (FastCSV then returns the rest
 * of the file as that field). Mirrors FastCSV's lenient rules: a quote opens a field only
 * at its start, text after a closing quote is part of the field. Not thread-safe.
 */
final class QuoteTrackingReader extends FilterReader {

	private static final int FIELD_START = 0;

	private static final int UNQUOTED = 1;

	private static final int QUOTED = 2;

	private static final int QUOTE_IN_QUOTED = 3;

	private final char delimiter;

	/**
	 * One of the four states above; ints, not an enum, as every character passes here.
	 */
	private int state = FIELD_START;

	QuoteTrackingReader(Reader in, char delimiter) {
		super(in);
		this.delimiter = delimiter;
	}

	/**
	 * Returns whether the input read so far ends inside a quoted field.
	 */
	boolean insideQuotes() {
		return this.state == QUOTED;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			this.state = next(this.state, (char) c, this.delimiter);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		int current = this.state;
		char separator = this.delimiter;
		for (int i = offset; i < offset + read; i++) {
			char c = buffer[i];
			if (current == QUOTED) {
				// inside quotes only a quote changes anything
				if (c == '"') {
					current = QUOTE_IN_QUOTED;
				}
				continue;
			}
			current = next(current, c, separator);
		}
		this.state = current;
		return read;
	}

	private static int next(int state, char c, char delimiter) {
		boolean separator = c == delimiter || c == '\r' || c == '\n';
		return switch (state) {
			case FIELD_START -> (c == '"') ? QUOTED : (separator ? FIELD_START : UNQUOTED);
			case UNQUOTED -> separator ? FIELD_START : UNQUOTED;
			case QUOTED -> (c == '"') ? QUOTE_IN_QUOTED : QUOTED;
			default -> (c == '"') ? QUOTED : (separator ? FIELD_START : UNQUOTED);
		};
	}

}
