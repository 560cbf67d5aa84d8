package intake.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks organisation numbers, keeping them as written: Swedish ones by Luhn (sole
 * traders' personnummer included), Norwegian ones by mod 11. The country is the row's
 * when it has one, else the shape decides (10 digits Swedish, 9 Norwegian); anything else
 * is free text. A failed check is a warning, never an error.
 */
final class GovNoReader {

	private static final Pattern SWEDISH_SHAPE = Pattern.compile("(SE)?(16|18|19|20)?\\d{6}[-+]?\\d{4}(01)?");

	private static final Pattern NORWEGIAN_SHAPE = Pattern.compile("(NO)?\\d{9}(MVA)?");

	private GovNoReader() {
	}

	/** The number as written, with a warning when its check fails. */
	static Outcome read(String value, Optional<String> rowCountry) {
		String compact = compact(value);
		String country = rowCountry.orElseGet(() -> shape(compact));
		return switch (country) {
			case "SE" -> swedish(value, compact);
			case "NO" -> norwegian(value, compact);
			default -> Outcome.ok(value);
		};
	}

	/**
	 * Upper case without white space and dots; digits and hyphens only are as written.
	 */
	private static String compact(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < '0' || c > '9') && c != '-') {
				return value.toUpperCase(Locale.ROOT).replaceAll("[\\s.]", "");
			}
		}
		return value;
	}

	/**
	 * Whether {@code compact} is {@code NNNNNN-NNNN} or {@code NNNNNNNNNN} with the third
	 * digit at least 2 and a Luhn check digit: the common organisation number, valid
	 * without the further readings of {@link SwedishIds#organisationsnummer}.
	 */
	static boolean plainOrganisationsnummer(String compact) {
		int length = compact.length();
		if (length != 10 && !(length == 11 && compact.charAt(6) == '-')) {
			return false;
		}
		char[] digits = new char[10];
		int n = 0;
		for (int i = 0; i < length; i++) {
			char c = compact.charAt(i);
			if (length == 11 && i == 6) {
				continue;
			}
			if (c < '0' || c > '9') {
				return false;
			}
			digits[n++] = c;
		}
		return digits[2] >= '2' && SwedishIds.luhn(new String(digits));
	}

	private static String shape(String compact) {
		if (SWEDISH_SHAPE.matcher(compact).matches()) {
			return "SE";
		}
		return NORWEGIAN_SHAPE.matcher(compact).matches() ? "NO" : "";
	}

	private static Outcome swedish(String value, String compact) {
		if (plainOrganisationsnummer(compact) || SwedishIds.organisationsnummer(compact).isPresent()) {
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

}
