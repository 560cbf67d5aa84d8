package intake.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 exactly as an {@link InputStreamReader} with a decoder that replaces
 * malformed input gives, faster on what Nordic files hold: ASCII text with a letter such
 * as å, ä or ö every few words. The JDK 17 decoder takes ASCII in bulk only at the start
 * of each call and then goes byte by byte; this reader takes runs of eight ASCII bytes at
 * once wherever they are, and decodes well-formed two- to four-byte sequences inline. At
 * the first malformed or (at the end) truncated sequence it hands the rest of the stream
 * to the JDK decoder, so replacement characters come out as the JDK makes them. Not
 * thread-safe.
 */
final class Utf8Reader extends Reader {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long HIGH_BITS = 0x8080808080808080L;

	private final InputStream in;

	private final byte[] bytes;

	/** The bytes not yet decoded: {@code bytes[position .. limit)}. */
	private int position;

	private int limit;

	private boolean eof;

	/** The second half of a surrogate pair that did not fit into the last read. */
	private int pendingLow = -1;

	/**
	 * The JDK's reader over the rest of the stream, once a sequence was not well formed.
	 */
	private Reader fallback;

	Utf8Reader(InputStream in) {
		this(in, 64 * 1024);
	}

	Utf8Reader(InputStream in, int bufferSize) {
		super();
		this.in = in;
		this.bytes = new byte[Math.max(bufferSize, 16)];
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		java.util.Objects.checkFromIndexSize(offset, length, target.length);
		if (length == 0) {
			return 0;
		}
		int dp = offset;
		int end = offset + length;
		if (this.pendingLow >= 0) {
			target[dp++] = (char) this.pendingLow;
			this.pendingLow = -1;
		}
		if (this.fallback != null) {
			return delegate(target, offset, dp, end);
		}
		byte[] src = this.bytes;
		while (dp < end) {
			int sp = this.position;
			int sl = this.limit;
			// ASCII, eight bytes at a time
			while (dp + 8 <= end && sp + 8 <= sl && (((long) LONGS.get(src, sp)) & HIGH_BITS) == 0) {
				for (int k = 0; k < 8; k++) {
					target[dp + k] = (char) src[sp + k];
				}
				sp += 8;
				dp += 8;
			}
			while (dp < end && sp < sl && src[sp] >= 0) {
				target[dp++] = (char) src[sp++];
			}
			this.position = sp;
			if (dp == end) {
				break;
			}
			if (sp == sl) {
				if (dp > offset) {
					break; // what is decoded first; the next read fills
				}
				if (!fill(1)) {
					return -1;
				}
				continue;
			}
			// a lead byte of a longer sequence
			int b1 = src[sp];
			int need = (b1 >= (byte) 0xC2 && b1 <= (byte) 0xDF) ? 2
					: (b1 >= (byte) 0xE0 && b1 <= (byte) 0xEF) ? 3 : (b1 >= (byte) 0xF0 && b1 <= (byte) 0xF4) ? 4 : 0;
			if (need > 0 && sp + need > sl) {
				if (dp > offset) {
					break;
				}
				if (fill(need)) {
					continue;
				}
				// truncated at the end: the JDK decides
				startFallback();
				return delegate(target, offset, dp, end);
			}
			int decoded = (need > 0) ? decode(src, sp, need) : -1;
			if (decoded < 0) {
				if (dp > offset) {
					break; // the JDK takes over from this sequence at the next read
				}
				startFallback();
				return delegate(target, offset, dp, end);
			}
			this.position = sp + need;
			if (decoded > 0xFFFF) {
				target[dp++] = Character.highSurrogate(decoded);
				char low = Character.lowSurrogate(decoded);
				if (dp < end) {
					target[dp++] = low;
				}
				else {
					this.pendingLow = low;
				}
			}
			else {
				target[dp++] = (char) decoded;
			}
		}
		return dp - offset;
	}

	/**
	 * The code point of a well-formed sequence of {@code need} bytes at {@code at}, or -1
	 * (Unicode's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
	 */
	static int decode(byte[] src, int at, int need) {
		int b1 = src[at] & 0xFF;
		int b2 = src[at + 1] & 0xFF;
		if (need == 2) {
			return ((b2 & 0xC0) == 0x80) ? ((b1 & 0x1F) << 6) | (b2 & 0x3F) : -1;
		}
		int low = 0x80;
		int high = 0xBF;
		if (b1 == 0xE0) {
			low = 0xA0;
		}
		else if (b1 == 0xED) {
			high = 0x9F;
		}
		else if (b1 == 0xF0) {
			low = 0x90;
		}
		else if (b1 == 0xF4) {
			high = 0x8F;
		}
		if (b2 < low || b2 > high) {
			return -1;
		}
		int b3 = src[at + 2] & 0xFF;
		if ((b3 & 0xC0) != 0x80) {
			return -1;
		}
		if (need == 3) {
			return ((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
		}
		int b4 = src[at + 3] & 0xFF;
		if ((b4 & 0xC0) != 0x80) {
			return -1;
		}
		return ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
	}

	/**
	 * Moves the undecoded bytes to the start and reads until at least {@code need} are
	 * there; false at the end of the stream with fewer.
	 */
	private boolean fill(int need) throws IOException {
		if (this.position > 0) {
			System.arraycopy(this.bytes, this.position, this.bytes, 0, this.limit - this.position);
			this.limit -= this.position;
			this.position = 0;
		}
		while (this.limit < need && !this.eof) {
			int read = this.in.read(this.bytes, this.limit, this.bytes.length - this.limit);
			if (read < 0) {
				this.eof = true;
			}
			else {
				this.limit += read;
			}
		}
		return this.limit >= need;
	}

	private void startFallback() {
		InputStream rest = new SequenceInputStream(
				new java.io.ByteArrayInputStream(this.bytes, this.position, this.limit - this.position),
				this.eof ? InputStream.nullInputStream() : this.in);
		this.position = this.limit;
		this.fallback = new InputStreamReader(rest,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE));
	}

	private int delegate(char[] target, int offset, int dp, int end) throws IOException {
		if (dp == end) {
			return dp - offset;
		}
		int read = this.fallback.read(target, dp, end - dp);
		if (read < 0) {
			return (dp > offset) ? dp - offset : -1;
		}
		return dp + read - offset;
	}

	@Override
	public void close() throws IOException {
		if (this.fallback != null) {
			this.fallback.close();
		}
		this.in.close();
	}

}
