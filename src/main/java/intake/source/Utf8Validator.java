package intake.source;

/**
 * Strict, streaming UTF-8 validation (RFC 3629): no overlong forms, no surrogates,
 * nothing above U+10FFFF, no truncated sequence at the end. A sequence may be split
 * across calls to {@link #update}. Pure ASCII is valid. Not thread-safe.
 */
final class Utf8Validator {

	private boolean valid = true;

	private int pending;

	private int lower = 0x80;

	private int upper = 0xBF;

	private long nonAscii;

	void update(byte[] bytes, int offset, int length) {
		int end = offset + length;
		int i = offset;
		while (i < end && this.valid) {
			if (this.pending == 0) {
				// ASCII between sequences needs no state change
				i = AsciiRuns.skipAscii(bytes, i, end);
				if (i == end) {
					break;
				}
			}
			accept(bytes[i] & 0xFF);
			i++;
		}
	}

	private void accept(int b) {
		if (this.pending > 0) {
			if (b < this.lower || b > this.upper) {
				this.valid = false;
				return;
			}
			this.lower = 0x80;
			this.upper = 0xBF;
			this.pending--;
			return;
		}
		if (b < 0x80) {
			return;
		}
		this.nonAscii++;
		if (b >= 0xC2 && b <= 0xDF) {
			this.pending = 1;
		}
		else if (b >= 0xE0 && b <= 0xEF) {
			this.pending = 2;
			this.lower = (b == 0xE0) ? 0xA0 : 0x80;
			this.upper = (b == 0xED) ? 0x9F : 0xBF;
		}
		else if (b >= 0xF0 && b <= 0xF4) {
			this.pending = 3;
			this.lower = (b == 0xF0) ? 0x90 : 0x80;
			this.upper = (b == 0xF4) ? 0x8F : 0xBF;
		}
		else {
			this.valid = false;
		}
	}

	/**
	 * Returns whether everything seen so far, taken as a complete file, is valid UTF-8.
	 */
	boolean isValid() {
		return this.valid && this.pending == 0;
	}

	/**
	 * Returns how many multi-byte sequences started (0 means pure ASCII).
	 */
	long nonAsciiSequences() {
		return this.nonAscii;
	}

}
