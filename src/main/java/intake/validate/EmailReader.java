package intake.validate;

import java.util.regex.Pattern;

/**
 * A pragmatic e-mail syntax check: one {@code @}, no spaces, a local part without
 * leading, trailing or doubled dots, a domain of at least two labels whose last one has
 * two or more letters, 254 characters at most. Internationalised domains are accepted.
 */
final class EmailReader {

	private static final Pattern LOCAL = Pattern
		.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern DOMAIN = Pattern
		.compile("([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(\\p{L}{2,63}|xn--[a-zA-Z0-9-]{2,59})");

	private EmailReader() {
	}

	/** The address as written, or an error. */
	static Outcome read(String value) {
		return valid(value) ? Outcome.ok(value) : Outcome.fail("'" + value + "' is not a valid e-mail address");
	}

	static boolean valid(String value) {
		int at = value.indexOf('@');
		if (value.length() > 254 || at <= 0 || at != value.lastIndexOf('@')) {
			return false;
		}
		String local = value.substring(0, at);
		String domain = value.substring(at + 1);
		return local.length() <= 64 && LOCAL.matcher(local).matches() && DOMAIN.matcher(domain).matches();
	}

}
