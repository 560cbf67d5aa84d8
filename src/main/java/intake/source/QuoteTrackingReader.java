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

	private enum State {

		FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED

	}

	private final char delimiter;

	private State state = State.FIELD_START;

	QuoteTrackingReader(Reader in, char delimiter) {
		super(in);
		this.delimiter = delimiter;
	}

	/**
	 * Returns whether the input read so far ends inside a quoted field.
	 */
	boolean insideQuotes() {
		return this.state == State.QUOTED;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			track((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		for (int i = offset; i < offset + read; i++) {
			track(buffer[i]);
		}
		return read;
	}

	private void track(char c) {
		boolean separator = c == this.delimiter || c == '\r' || c == '\n';
		this.state = switch (this.state) {
			case FIELD_START -> (c == '"') ? State.QUOTED : (separator ? State.FIELD_START : State.UNQUOTED);
			case UNQUOTED -> separator ? State.FIELD_START : State.UNQUOTED;
			case QUOTED -> (c == '"') ? State.QUOTE_IN_QUOTED : State.QUOTED;
			case QUOTE_IN_QUOTED -> (c == '"') ? State.QUOTED : (separator ? State.FIELD_START : State.UNQUOTED);
		};
	}

}
