package intake.validate;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written organisation-number key gives what the regular-expression form gave,
 * for generated inputs (fixed seeds).
 */
class NaturalKeysFastPathTest {

	private static final Pattern SE_VAT = Pattern.compile("SE(\\d{10})01");

	private static final Pattern SE = Pattern.compile("(?:16|18|19|20)?(\\d{10})");

	private static final Pattern NO = Pattern.compile("(?:NO)?(\\d{9})(?:MVA)?");

	private static final String ALPHABET = "0123456789-  .SENOMVAse\u00a0\u3000/åÖ²";

	@RepeatedTest(20)
	void govNoKeyEqualsTheRegexForm(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition());
		for (int i = 0; i < 2000; i++) {
			StringBuilder raw = new StringBuilder();
			int length = random.nextInt(18);
			for (int k = 0; k < length; k++) {
				raw.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			if (random.nextBoolean()) {
				raw.insert(0, String.format("%010d", Math.abs(random.nextLong() % 10_000_000_000L)));
			}
			assertThat(NaturalKeys.govNo(raw.toString())).as(raw.toString()).isEqualTo(regex(raw.toString()));
		}
	}

	private static String regex(String raw) {
		String compact = Cells.trim(raw).toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
		for (Pattern pattern : new Pattern[] { SE_VAT, SE, NO }) {
			Matcher m = pattern.matcher(compact);
			if (m.matches()) {
				return m.group(1);
			}
		}
		return compact;
	}

}
