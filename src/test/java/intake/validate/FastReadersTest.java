package intake.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readers' hand-written fast paths give exactly the outcomes of the slow paths they
 * skip (libphonenumber, the regular expressions): seeded random cells of the shapes that
 * matter, and near misses, compared with the former implementation.
 */
class FastReadersTest {

	private static final int CELLS = 20_000;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void swedishPhoneNumbersAreReadAsLibphonenumberReadsThem(long seed) {
		Random random = new Random(seed);
		String[] starts = { "0", "0", "+46", "+46 ", "+46-", "+460", "+46 0", "00", "0046 ", "46", "+4", "", "0 ",
				"+47 ", "(0)", "1" };
		for (int i = 0; i < CELLS; i++) {
			StringBuilder phone = new StringBuilder(starts[random.nextInt(starts.length)]);
			int digits = random.nextInt(16);
			for (int d = 0; d < digits; d++) {
				phone.append((char) ('0' + random.nextInt(10)));
				int separator = random.nextInt(10);
				if (separator == 0) {
					phone.append(' ');
				}
				else if (separator == 1) {
					phone.append('-');
				}
				else if (separator == 2 && random.nextInt(10) == 0) {
					phone.append(random.nextBoolean() ? "  " : " - ");
				}
			}
			String value = phone.toString();
			if (value.isEmpty()) {
				continue;
			}
			assertThat(PhoneReader.read(value, "SE")).as(value).isEqualTo(PhoneReader.parse(value, "SE"));
			assertThat(PhoneReader.read(value, "NO")).as(value).isEqualTo(PhoneReader.parse(value, "NO"));
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void emailAddressesAreCheckedAsTheRegularExpressionsCheckThem(long seed) {
		Random random = new Random(seed);
		String[] pieces = { "a", "b", "Z", "9", "anna", "info", ".", ".", "..", "@", "@", "-", "_", "+", "'", "se",
				"com", "xn--", "xn--80ak6aa92e", "ö", "é", "å", " ", "\"", "(", ",", "!", "#", "x".repeat(63),
				"y".repeat(64), "-a", "a-", "1", "q" };
		for (int i = 0; i < CELLS * 5; i++) {
			StringBuilder email = new StringBuilder();
			int count = 1 + random.nextInt(9);
			for (int p = 0; p < count; p++) {
				email.append(pieces[random.nextInt(pieces.length)]);
			}
			if (random.nextInt(3) == 0) {
				email.append("@example.se");
			}
			String value = email.toString();
			assertThat(EmailReader.valid(value)).as(value).isEqualTo(Oracle.email(value));
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void organisationNumbersAreCheckedAsBefore(long seed) {
		Random random = new Random(seed);
		String[] countries = { "SE", "NO", "" };
		for (int i = 0; i < CELLS; i++) {
			StringBuilder number = new StringBuilder();
			if (random.nextInt(20) == 0) {
				number.append(random.nextBoolean() ? "SE" : "16");
			}
			int digits = 8 + random.nextInt(5);
			for (int d = 0; d < digits; d++) {
				number.append((char) ('0' + random.nextInt(10)));
				if (d == 5 && random.nextInt(4) > 0) {
					number.append(random.nextInt(10) == 0 ? "+" : "-");
				}
				if (random.nextInt(30) == 0) {
					number.append(random.nextBoolean() ? " " : ".");
				}
			}
			String value = number.toString();
			String country = countries[random.nextInt(countries.length)];
			Optional<String> rowCountry = country.isEmpty() ? Optional.empty() : Optional.of(country);
			assertThat(GovNoReader.read(value, rowCountry)).as(value + " " + country)
				.isEqualTo(Oracle.govNo(value, rowCountry));
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void swedishPostcodesAreCheckedAsBefore(long seed) {
		Random random = new Random(seed);
		String[] pieces = { "1", "2", "0", "9", " ", "-", "a", "12", "123", "45" };
		for (int i = 0; i < CELLS; i++) {
			StringBuilder postcode = new StringBuilder();
			int count = 1 + random.nextInt(6);
			for (int p = 0; p < count; p++) {
				postcode.append(pieces[random.nextInt(pieces.length)]);
			}
			String value = postcode.toString();
			assertThat(PostcodeReader.read(value, "SE")).as(value)
				.isEqualTo(
						Pattern.matches("\\d{3} ?\\d{2}", value) ? Outcome.ok(value) : Oracle.swedishPostcode(value));
		}
	}

	/** The former implementations, the references for the fast paths. */
	static final class Oracle {

		private static final Pattern LOCAL = Pattern
			.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");

		private static final Pattern DOMAIN = Pattern
			.compile("([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(\\p{L}{2,63}|xn--[a-zA-Z0-9-]{2,59})");

		private static final Pattern SWEDISH_SHAPE = Pattern.compile("(SE)?(16|18|19|20)?\\d{6}[-+]?\\d{4}(01)?");

		private static final Pattern NORWEGIAN_SHAPE = Pattern.compile("(NO)?\\d{9}(MVA)?");

		private Oracle() {
		}

		static boolean email(String value) {
			int at = value.indexOf('@');
			if (value.length() > 254 || at <= 0 || at != value.lastIndexOf('@')) {
				return false;
			}
			String local = value.substring(0, at);
			String domain = value.substring(at + 1);
			return local.length() <= 64 && LOCAL.matcher(local).matches() && DOMAIN.matcher(domain).matches();
		}

		static Outcome govNo(String value, Optional<String> rowCountry) {
			String compact = value.toUpperCase(Locale.ROOT).replaceAll("[\\s.]", "");
			String country = rowCountry.orElseGet(() -> SWEDISH_SHAPE.matcher(compact).matches() ? "SE"
					: NORWEGIAN_SHAPE.matcher(compact).matches() ? "NO" : "");
			return switch (country) {
				case "SE" -> swedish(value, compact);
				case "NO" -> norwegian(value, compact);
				default -> Outcome.ok(value);
			};
		}

		private static Outcome swedish(String value, String compact) {
			if (SwedishIds.organisationsnummer(compact).isPresent()) {
				return Outcome.ok(value);
			}
			if (!SWEDISH_SHAPE.matcher(compact).matches()) {
				return Outcome.warn(value,
						"'" + value + "' is not a Swedish organisation number (expected 10 digits, e.g. 556016-0680)");
			}
			if (!SwedishIds.luhn(NaturalKeys.govNo(compact))) {
				return Outcome.warn(value,
						"'" + value + "' fails the Swedish organisation number checksum; check for a typo");
			}
			return Outcome.warn(value, "'" + value
					+ "' is neither a Swedish organisation number nor a personal identity number; check for a typo");
		}

		private static Outcome norwegian(String value, String compact) {
			if (!NORWEGIAN_SHAPE.matcher(compact).matches()) {
				return Outcome.warn(value,
						"'" + value + "' is not a Norwegian organisation number (expected 9 digits, e.g. 923 609 016)");
			}
			if (!NorwegianIds.organisasjonsnummer(NaturalKeys.govNo(compact))) {
				return Outcome.warn(value,
						"'" + value + "' fails the Norwegian organisation number checksum; check for a typo");
			}
			return Outcome.ok(value);
		}

		static Outcome swedishPostcode(String value) {
			if (Pattern.matches("\\d+", value) && value.length() == 4) {
				return Outcome.warn(value,
						"'" + value + "' has 4 digits; a Swedish postcode has 5 (e.g. 123 45) — a digit looks missing");
			}
			return Outcome.warn(value, "'" + value + "' is not a Swedish postcode (expected 5 digits, e.g. 123 45)");
		}

	}

}
