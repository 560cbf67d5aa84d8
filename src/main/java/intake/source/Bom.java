package intake.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Byte-order marks, in the order they must be tested: UTF-32 before UTF-16, because
 * {@code FF FE 00 00} is UTF-32LE, not UTF-16LE followed by a NUL.
 */
enum Bom {

	UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),

	UTF_32LE(Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00),

	UTF_32BE(Charset.forName("UTF-32BE"), 0x00, 0x00, 0xFE, 0xFF),

	UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),

	UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

	/** The longest mark, in bytes. */
	static final int MAX_LENGTH = 4;

	private final Charset charset;

	private final int[] bytes;

	Bom(Charset charset, int... bytes) {
		this.charset = charset;
		this.bytes = bytes;
	}

	Charset charset() {
		return this.charset;
	}

	int length() {
		return this.bytes.length;
	}

	/**
	 * Finds the byte-order mark at the start of {@code head}.
	 * @param head the first bytes of a file
	 * @param length how many bytes of {@code head} are valid
	 * @return the mark, if any
	 */
	static Optional<Bom> find(byte[] head, int length) {
		for (Bom bom : values()) {
			if (bom.matches(head, length)) {
				return Optional.of(bom);
			}
		}
		return Optional.empty();
	}

	/**
	 * Returns how many leading bytes to drop when the file is decoded with
	 * {@code charset}: the mark of that charset's family, and a UTF-8 mark always (in a
	 * single-byte charset it would only show up as {@code ï»¿}).
	 * @param head the first bytes of a file
	 * @param length how many bytes of {@code head} are valid
	 * @param charset the charset the file is decoded with
	 * @return the number of bytes to skip
	 */
	static int skipLength(byte[] head, int length, Charset charset) {
		Optional<Bom> bom = find(head, length);
		if (bom.isEmpty()) {
			return 0;
		}
		Bom found = bom.get();
		if (found == UTF_8 || Wide.family(charset).equals(Wide.family(found.charset))) {
			return found.length();
		}
		return 0;
	}

	private boolean matches(byte[] head, int length) {
		if (length < this.bytes.length) {
			return false;
		}
		for (int i = 0; i < this.bytes.length; i++) {
			if ((head[i] & 0xFF) != this.bytes[i]) {
				return false;
			}
		}
		return true;
	}

}
