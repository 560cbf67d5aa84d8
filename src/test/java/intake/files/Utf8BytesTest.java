package intake.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The byte pieces are what the JDK makes of the same char and number. */
class Utf8BytesTest {

	@Test
	void everyMultiByteCharIsTheJdksUtf8() {
		byte[] out = new byte[4];
		for (char ch = 0x80; ch != 0; ch++) {
			if (Character.isSurrogate(ch)) {
				continue;
			}
			int end = Utf8Bytes.putMultiByte(ch, out, 1);
			assertThat(Arrays.copyOfRange(out, 1, end)).as("U+%04X", (int) ch)
				.isEqualTo(String.valueOf(ch).getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void numbersAreWrittenAsLongToStringWritesThem() {
		Random random = new Random(7);
		long[] edges = { 0, 1, -1, 9, 10, -10, 99, 100, Integer.MAX_VALUE, Integer.MIN_VALUE, 999_999_999_999_999_999L,
				1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1 };
		byte[] out = new byte[3 + Utf8Bytes.MAX_DECIMAL];
		for (int i = 0; i < edges.length + 20_000; i++) {
			long value = (i < edges.length) ? edges[i] : random.nextLong() >> random.nextInt(64);
			int end = Utf8Bytes.putDecimal(value, out, 3);
			assertThat(new String(out, 3, end - 3, StandardCharsets.US_ASCII)).isEqualTo(Long.toString(value));
		}
	}

}
