package intake.source;

/**
 * Counts byte patterns that suggest a DOS code page (IBM 865/850/437) rather than
 * windows-1252: bytes undefined in windows-1252 ({@code 81 8D 8F 90 9D}); {@code † ‡ ‰}
 * ({@code 86 87 89}, which are å ç ë in the DOS pages) beside a letter; {@code „ ‘ ” ›}
 * ({@code 84 91 94 9B}, ä æ ö ø) between two letters; and runs of box-drawing bytes.
 * Streaming: a pattern may span calls to {@link #update}. Not thread-safe.
 */
final class DosCodePageSignal {

	private int before = -1;

	private int current = -1;

	private long hits;

	void update(byte[] bytes, int offset, int length) {
		int end = offset + length;
		int i = offset;
		while (i < end) {
			if (this.current < 0x80 && i + 8 <= end && AsciiRuns.ascii8(bytes, i)) {
				// Only bytes from 0x81 are judged, so shifting in eight ASCII bytes after
				// an ASCII byte only moves the window.
				i += 8;
				this.before = bytes[i - 2] & 0xFF;
				this.current = bytes[i - 1] & 0xFF;
				continue;
			}
			shift(bytes[i] & 0xFF);
			i++;
		}
	}

	/**
	 * Returns the number of DOS patterns seen, including the last byte.
	 */
	long hits() {
		long pending = (this.current >= 0 && judge(this.before, this.current, -1)) ? 1 : 0;
		return this.hits + pending;
	}

	private void shift(int next) {
		if (this.current >= 0x81 && judge(this.before, this.current, next)) {
			this.hits++;
		}
		this.before = this.current;
		this.current = next;
	}

	private static boolean judge(int before, int b, int after) {
		switch (b) {
			case 0x81, 0x8D, 0x8F, 0x90, 0x9D -> {
				return true;
			}
			case 0x86, 0x87, 0x89 -> {
				return isLetter(before) || isLetter(after);
			}
			case 0x84, 0x91, 0x94, 0x9B -> {
				return isLetter(before) && isLetter(after);
			}
			case 0xB0, 0xB1, 0xB2, 0xB3, 0xBA, 0xC4, 0xCD, 0xDB, 0xDC, 0xDF -> {
				return before == b && after == b;
			}
			default -> {
				return false;
			}
		}
	}

	private static boolean isLetter(int b) {
		return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
	}

}
