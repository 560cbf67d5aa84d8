package intake.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Keeps a phone number as written and adds its E.164 form (extra {@code E164}) when
 * libphonenumber can read it as a possible number of the given country. A number it
 * cannot read is a warning, never an error: the value is kept.
 */
final class PhoneReader {

	static final String E164 = "E164";

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneReader() {
	}

	/** The number as written, with the E.164 copy or a warning. */
	static Outcome read(String value, String country) {
		return readCommon(value, country).orElseGet(() -> parse(value, country));
	}

	/**
	 * The outcome for a common Swedish form ({@link SwedishNumbers}), the same as
	 * {@link #parse} gives, if the value is one.
	 */
	static Optional<Outcome> readCommon(String value, String country) {
		if (country.equals("SE")) {
			String nsn = SwedishNumbers.nationalNumber(value);
			if (!nsn.isEmpty()) {
				return Optional.of(new Outcome.Ok(value, List.of(), Map.of(E164, "+46" + nsn)));
			}
		}
		return Optional.empty();
	}

	/** The number read by libphonenumber alone. */
	static Outcome parse(String value, String country) {
		try {
			PhoneNumber number = UTIL.parse(value, country);
			if (UTIL.isPossibleNumber(number)) {
				return new Outcome.Ok(value, List.of(),
						Map.of(E164, UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
			}
		}
		catch (NumberParseException ex) {
			// reported below: the value is kept without a normalised copy
		}
		return Outcome.warn(value, "'" + value + "' does not look like a phone number in " + country
				+ "; it is kept as written without a normalised (E.164) copy");
	}

	/**
	 * The common Swedish forms read without libphonenumber's regular expressions:
	 * {@code 0}, or {@code +46}, then a national significant number that does not start
	 * with 0, in digits separated by spaces and hyphens. For these libphonenumber strips
	 * the trunk prefix {@code 0} (Sweden's national prefix; no Swedish number starts with
	 * 0) or the country code, and calls the number possible by its length alone; the
	 * lengths it accepts are asked of it once. Anything else is left to it.
	 */
	static final class SwedishNumbers {

		private static final int MAX_DIGITS = 15;

		private static final boolean[] POSSIBLE = possibleLengths();

		private SwedishNumbers() {
		}

		/**
		 * The national significant number, or {@code ""} when libphonenumber must decide.
		 */
		static String nationalNumber(String value) {
			int length = value.length();
			if (length < 2 || length > 40 || !isDigit(value.charAt(length - 1))) {
				return "";
			}
			int start;
			if (value.charAt(0) == '0' && isDigit(value.charAt(1))) {
				start = 1;
			}
			else if (value.startsWith("+46")) {
				start = 3;
			}
			else {
				return "";
			}
			StringBuilder digits = new StringBuilder(MAX_DIGITS);
			for (int i = start; i < length; i++) {
				char c = value.charAt(i);
				if (isDigit(c)) {
					if (digits.length() == MAX_DIGITS || (digits.length() == 0 && c == '0')) {
						return "";
					}
					digits.append(c);
				}
				else if (c != ' ' && c != '-') {
					return "";
				}
			}
			return POSSIBLE[digits.length()] ? digits.toString() : "";
		}

		private static boolean isDigit(char c) {
			return c >= '0' && c <= '9';
		}

		private static boolean[] possibleLengths() {
			boolean[] possible = new boolean[MAX_DIGITS + 1];
			for (int digits = 1; digits <= MAX_DIGITS; digits++) {
				PhoneNumber number = new PhoneNumber().setCountryCode(46)
					.setNationalNumber(Long.parseLong("1" + "0".repeat(digits - 1)));
				possible[digits] = UTIL
					.isPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE;
			}
			return possible;
		}

	}

}
