package intake.source;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching between quotes ends in the state that following every character gives, for
 * any text and any way it is cut into reads.
 */
class QuoteTrackingReaderTest {

	private static final char[] ALPHABET = { '"', '"', ';', ',', '\r', '\n', 'a', 'b' };

	static int charByChar(String text, char delimiter) {
		int state = 0;
		for (int i = 0; i < text.length(); i++) {
			state = QuoteTrackingReader.next(state, text.charAt(i), delimiter);
		}
		return state;
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
	void endsInTheStateOfFollowingEveryCharacter(long seed) throws IOException {
		Random random = new Random(seed);
		for (int run = 0; run < 500; run++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(60);
			for (int i = 0; i < length; i++) {
				text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
			}
			char delimiter = random.nextBoolean() ? ';' : ',';
			int expected = charByChar(text.toString(), delimiter);
			try (QuoteTrackingReader reader = new QuoteTrackingReader(new StringReader(text.toString()), delimiter)) {
				char[] buffer = new char[64];
				int read;
				do {
					int offset = random.nextInt(4);
					read = reader.read(buffer, offset, 1 + random.nextInt(buffer.length - offset - 1));
				}
				while (read >= 0);
				assertThat(reader.insideQuotes()).as(text + " with " + delimiter).isEqualTo(expected == 2);
			}
			for (int cut = 0; cut <= text.length(); cut++) {
				char[] chars = text.toString().toCharArray();
				int state = QuoteTrackingReader.track(0, chars, 0, cut, delimiter);
				assertThat(QuoteTrackingReader.track(state, chars, cut, chars.length, delimiter)).as(text.toString())
					.isEqualTo(expected);
			}
		}
	}

}
