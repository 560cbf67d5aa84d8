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

	/** Whether a NUL character has been read; checked per chunk until the first. */
	private boolean nulRead;

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

	/**
	 * Returns whether any character read so far was a NUL. While it is not, no record
	 * read so far holds one, so the records need no search of their own.
	 */
	boolean nulRead() {
		return this.nulRead;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			this.state = next(this.state, (char) c, this.delimiter);
			this.nulRead |= c == 0;
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		int end = offset + Math.max(read, 0);
		this.state = track(this.state, buffer, offset, end, this.delimiter);
		if (!this.nulRead) {
			this.nulRead = containsNul(buffer, offset, end);
		}
		return read;
	}

	/**
	 * The state after the characters {@code from .. to}. Only a quote can enter or leave
	 * a quoted field; between quotes the state follows from the last character alone (a
	 * separator starts a field, anything else is inside one), so the text between quotes
	 * is only searched for the next quote.
	 */
	static int track(int state, char[] buffer, int from, int to, char delimiter) {
		int current = state;
		int i = from;
		while (i < to) {
			int quote = i;
			while (quote < to && buffer[quote] != '"') {
				quote++;
			}
			if (current != QUOTED && quote > i) {
				char last = buffer[quote - 1];
				current = (last == delimiter || last == '\r' || last == '\n') ? FIELD_START : UNQUOTED;
			}
			if (quote == to) {
				break;
			}
			current = next(current, '"', delimiter);
			i = quote + 1;
		}
		return current;
	}

	static boolean containsNul(char[] buffer, int from, int to) {
		for (int i = from; i < to; i++) {
			if (buffer[i] == 0) {
				return true;
			}
		}
		return false;
	}

	static int next(int state, char c, char delimiter) {
		boolean separator = c == delimiter || c == '\r' || c == '\n';
		return switch (state) {
			case FIELD_START -> (c == '"') ? QUOTED : (separator ? FIELD_START : UNQUOTED);
			case UNQUOTED -> separator ? FIELD_START : UNQUOTED;
			case QUOTED -> (c == '"') ? QUOTE_IN_QUOTED : QUOTED;
			default -> (c == '"') ? QUOTED : (separator ? FIELD_START : UNQUOTED);
		};
	}

}
