package intake.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises UTF-16 and UTF-32 without a byte-order mark by where NUL bytes fall: text in
 * Latin scripts has a zero high byte in (nearly) every code unit.
 */
final class NulPattern {

	private static final int SAMPLE = 4096;

	private NulPattern() {
	}

	static Optional<Charset> find(byte[] head, int length) {
		int n = Math.min(length, SAMPLE) & ~3;
		if (n < 4) {
			return Optional.empty();
		}
		double[] zero = new double[4];
		for (int i = 0; i < n; i++) {
			if (head[i] == 0) {
				zero[i % 4]++;
			}
		}
		for (int i = 0; i < 4; i++) {
			zero[i] /= (n / 4.0);
		}
		if (zero[0] <= 0.1 && zero[1] >= 0.7 && zero[2] >= 0.9 && zero[3] >= 0.9) {
			return Optional.of(Charset.forName("UTF-32LE"));
		}
		if (zero[0] >= 0.9 && zero[1] >= 0.9 && zero[2] >= 0.7 && zero[3] <= 0.1) {
			return Optional.of(Charset.forName("UTF-32BE"));
		}
		double even = (zero[0] + zero[2]) / 2;
		double odd = (zero[1] + zero[3]) / 2;
		if (odd >= 0.7 && even <= 0.1) {
			return Optional.of(StandardCharsets.UTF_16LE);
		}
		if (even >= 0.7 && odd <= 0.1) {
			return Optional.of(StandardCharsets.UTF_16BE);
		}
		return Optional.empty();
	}

}
