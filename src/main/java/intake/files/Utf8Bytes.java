package intake.files;

import java.nio.charset.StandardCharsets;

/**
 * The pieces of writing texts and numbers straight into a byte buffer as UTF-8, shared by
 * the writers that render a million rows without a string per value (the COPY rows, the
 * preview rows). The caller makes room first.
 */
public final class Utf8Bytes {

	/** Room {@link #putDecimal} needs at most. */
	public static final int MAX_DECIMAL = 20;

	private static final byte[] MIN_LONG = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

	private Utf8Bytes() {
	}

	/**
	 * Puts a char of two or three UTF-8 bytes: from U+0080 up, not a surrogate (a
	 * surrogate is the caller's to handle, with its pair or without).
	 * @return the position after it
	 */
	public static int putMultiByte(char ch, byte[] out, int at) {
		if (ch < 0x800) {
			out[at] = (byte) (0xC0 | (ch >> 6));
			out[at + 1] = (byte) (0x80 | (ch & 0x3F));
			return at + 2;
		}
		out[at] = (byte) (0xE0 | (ch >> 12));
		out[at + 1] = (byte) (0x80 | ((ch >> 6) & 0x3F));
		out[at + 2] = (byte) (0x80 | (ch & 0x3F));
		return at + 3;
	}

	/**
	 * Puts a whole number in decimal digits, as {@link Long#toString(long)} writes it;
	 * needs room for {@link #MAX_DECIMAL} bytes.
	 * @return the position after it
	 */
	public static int putDecimal(long value, byte[] out, int at) {
		if (value == Long.MIN_VALUE) {
			System.arraycopy(MIN_LONG, 0, out, at, MIN_LONG.length);
			return at + MIN_LONG.length;
		}
		int start = at;
		long rest = value;
		if (rest < 0) {
			out[start++] = '-';
			rest = -rest;
		}
		int digits = 1;
		for (long limit = 10; digits < 19 && rest >= limit; limit *= 10) {
			digits++;
		}
		int end = start + digits;
		for (int i = end - 1; i >= start; i--) {
			out[i] = (byte) ('0' + (int) (rest % 10));
			rest /= 10;
		}
		return end;
	}

}
