package intake.support;

import java.io.InputStream;
import java.util.Random;

/**
 * Delivers bytes in pieces of random sizes (1 to a maximum), as a network or a pipe does,
 * for tests of readers that must not depend on how their input is cut.
 */
public final class Trickle extends InputStream {

	private final byte[] bytes;

	private final Random random;

	private final int maxPiece;

	private int position;

	public Trickle(byte[] bytes, Random random, int maxPiece) {
		this.bytes = bytes;
		this.random = random;
		this.maxPiece = maxPiece;
	}

	@Override
	public int read() {
		return (this.position < this.bytes.length) ? this.bytes[this.position++] & 0xFF : -1;
	}

	@Override
	public int read(byte[] target, int offset, int length) {
		if (this.position >= this.bytes.length) {
			return -1;
		}
		int n = Math.min(Math.min(length, 1 + this.random.nextInt(this.maxPiece)), this.bytes.length - this.position);
		System.arraycopy(this.bytes, this.position, target, offset, n);
		this.position += n;
		return n;
	}

}
