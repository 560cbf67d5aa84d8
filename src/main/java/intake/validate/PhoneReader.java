package intake.validate;

import java.util.List;
import java.util.Map;

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

}
