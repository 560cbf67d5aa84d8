package intake.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistics over a file's code units (bytes of an ASCII-compatible charset, or decoded
 * chars): NULs, other control characters, non-blank content and the kinds of line ending
 * used outside quotes. Quotes are tracked by simple toggling, which is enough to ignore
 * line breaks inside quoted fields (Excel writes LF there and CRLF between records). Not
 * thread-safe.
 */
final class TextStats {

	private long units;

	private long nuls;

	private long controls;

	private long content;

	private long crlf;

	private long lf;

	private long cr;

	private boolean inQuotes;

	private boolean afterCr;

	/**
	 * Accepts one code unit: a byte value (0..255) or a char.
	 */
	void accept(int unit) {
		this.units++;
		if (this.afterCr) {
			this.afterCr = false;
			if (unit == '\n') {
				this.crlf++;
				return;
			}
			this.cr++;
		}
		switch (unit) {
			case '"' -> this.inQuotes = !this.inQuotes;
			case '\r' -> this.afterCr = !this.inQuotes;
			case '\n' -> this.lf += this.inQuotes ? 0 : 1;
			case 0 -> this.nuls++;
			default -> {
				if (unit < 0x20 && unit != '\t' && unit != '\f' && unit != 0x0B && unit != 0x1A) {
					this.controls++;
				}
			}
		}
		if (unit > ' ' && unit != 0xFEFF && unit != 0x1A) {
			this.content++;
		}
	}

	void update(byte[] bytes, int offset, int length) {
		int end = offset + length;
		int i = offset;
		while (i < end) {
			if (!this.afterCr) {
				// Bytes above '"' (non-ASCII ones included) are content and change no
				// other count: take runs of them at once.
				int start = i;
				while (i + 8 <= end && AsciiRuns.noneBelow8(bytes, i, '"' + 1)) {
					i += 8;
				}
				while (i < end && (bytes[i] & 0xFF) > '"') {
					i++;
				}
				this.units += i - start;
				this.content += i - start;
				if (i == end) {
					break;
				}
			}
			accept(bytes[i] & 0xFF);
			i++;
		}
	}

	long units() {
		return this.units;
	}

	long nuls() {
		return this.nuls;
	}

	long controls() {
		return this.controls;
	}

	boolean hasContent() {
		return this.content > 0;
	}

	/**
	 * Returns the kinds of line ending used outside quotes, e.g. {@code ["CRLF", "LF"]}.
	 */
	List<String> lineEndings() {
		List<String> kinds = new ArrayList<>();
		if (this.crlf > 0) {
			kinds.add("CRLF");
		}
		if (this.lf > 0) {
			kinds.add("LF");
		}
		if (this.cr + (this.afterCr ? 1 : 0) > 0) {
			kinds.add("CR");
		}
		return kinds;
	}

}
