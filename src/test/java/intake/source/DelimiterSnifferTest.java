package intake.source;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DelimiterSnifferTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '\'',
			value = { "semicolon|'a;b;c\\n1;2;3\\n'|;", "comma|'a,b,c\\n1,2,3\\n'|,", "tab|'a\\tb\\n1\\t2\\n'|TAB",
					"pipe|'a|b|c\\n1|2|3\\n'|PIPE", "colon|'city:region\\nBoston:MA\\n'|:",
					"decimal commas in a semicolon file|'name;price\\nx;1,5\\ny;2,5\\n'|;",
					"comma inside quotes does not count|'a;b\\n\"1,2,3\";x\\n\"4,5,6\";y\\n'|;",
					"quoted newline does not end a record|'a,b\\n\"x;\\ny;\",2\\n\"z;\\nw;\",3\\n'|,",
					"tie goes to the higher count|'a;b,c,d\\n1;2,3,4\\n'|,",
					"tie on count goes to candidate order|'a;b,c\\n1;2,3\\n'|;" })
	void sniffsTheMostConsistentDelimiter(String name, String text, String expected) {
		char delimiter = switch (expected) {
			case "TAB" -> '\t';
			case "PIPE" -> '|';
			default -> expected.charAt(0);
		};
		Detection detection = detect(text.replace("\\n", "\n").replace("\\t", "\t"), Optional.empty());
		assertThat(detection.delimiter()).isEqualTo(delimiter);
		assertThat(detection.delimiterGiven()).isFalse();
		assertThat(detection.warnings()).isEmpty();
	}

	@Test
	void confidenceReflectsConsistency() {
		Detection consistent = detect("a;b;c\n1;2;3\n4;5;6\n7;8;9\n", Optional.empty());
		Detection ragged = detect("a;b;c\n1;2;3\n4;5\n7\n", Optional.empty());
		assertThat(consistent.delimiterConfidence()).isEqualTo(1.0);
		assertThat(ragged.delimiter()).isEqualTo(';');
		assertThat(ragged.delimiterConfidence()).isLessThan(0.6);
	}

	@Test
	void oneColumnFallsBackToCommaWithLowConfidenceAndAWarning() {
		Detection detection = detect("name\nAlice\nBob\n", Optional.empty());
		assertThat(detection.delimiter()).isEqualTo(',');
		assertThat(detection.delimiterConfidence()).isLessThan(0.5);
		assertThat(detection.warnings()).anySatisfy((w) -> assertThat(w).startsWith("Only one column was found"));
	}

	@Test
	void givenDelimiterWins() {
		Detection detection = detect("a;b;c\n1;2;3\n", Optional.of(','));
		assertThat(detection.delimiter()).isEqualTo(',');
		assertThat(detection.delimiterGiven()).isTrue();
		assertThat(detection.delimiterConfidence()).isEqualTo(1.0);
		assertThat(detection.warnings()).anySatisfy((w) -> assertThat(w).contains("Only one column", "','"));
	}

	@Test
	void givenDelimiterThatSplitsDoesNotWarn() {
		Detection detection = detect("a|b\n1|2\n", Optional.of('|'));
		assertThat(detection.delimiter()).isEqualTo('|');
		assertThat(detection.warnings()).isEmpty();
	}

	@Test
	void onlyTheFirstFiftyRecordsAreLookedAt() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 50; i++) {
			text.append("a;b\n");
		}
		for (int i = 0; i < 200; i++) {
			text.append("a,b,c\n");
		}
		assertThat(detect(text.toString(), Optional.empty()).delimiter()).isEqualTo(';');
	}

	private static Detection detect(String text, Optional<Character> delimiter) {
		return CsvSources.detect(text.getBytes(StandardCharsets.UTF_8), Optional.empty(), delimiter);
	}

}
