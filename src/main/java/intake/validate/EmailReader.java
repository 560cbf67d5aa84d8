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

	private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

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
		if (at > 64) {
			return false;
		}
		if (isAscii(value)) {
			return asciiLocal(value, at) && asciiDomain(value, at + 1);
		}
		String local = value.substring(0, at);
		String domain = value.substring(at + 1);
		return local.length() <= 64 && LOCAL.matcher(local).matches() && DOMAIN.matcher(domain).matches();
	}

	/*
	 * ASCII addresses, nearly all of them, are checked by hand: in ASCII, \p{L} and \p{N}
	 * are the letters and digits, and labels cannot contain the dots that separate them.
	 */

	private static boolean isAscii(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/** LOCAL over {@code value[0, at)}: atoms separated by single dots. */
	private static boolean asciiLocal(String value, int at) {
		boolean atomStart = true;
		for (int i = 0; i < at; i++) {
			char c = value.charAt(i);
			if (c == '.') {
				if (atomStart) {
					return false;
				}
				atomStart = true;
			}
			else if (isAlphanumeric(c) || LOCAL_SYMBOLS.indexOf(c) >= 0) {
				atomStart = false;
			}
			else {
				return false;
			}
		}
		return !atomStart;
	}

	/**
	 * DOMAIN over {@code value[from, end)}: labels, a dot after each, a top-level domain.
	 */
	private static boolean asciiDomain(String value, int from) {
		int end = value.length();
		int lastDot = value.lastIndexOf('.');
		if (lastDot < from) {
			return false;
		}
		int start = from;
		while (start <= lastDot) {
			int dot = value.indexOf('.', start);
			if (!isLabel(value, start, dot)) {
				return false;
			}
			start = dot + 1;
		}
		return isTopLevel(value, lastDot + 1, end);
	}

	private static boolean isLabel(String value, int from, int to) {
		int length = to - from;
		if (length < 1 || length > 63 || !isAlphanumeric(value.charAt(from)) || !isAlphanumeric(value.charAt(to - 1))) {
			return false;
		}
		for (int i = from + 1; i < to - 1; i++) {
			char c = value.charAt(i);
			if (!isAlphanumeric(c) && c != '-') {
				return false;
			}
		}
		return true;
	}

	private static boolean isTopLevel(String value, int from, int to) {
		int length = to - from;
		if (value.startsWith("xn--", from) && length >= 6 && length <= 63) {
			boolean ok = true;
			for (int i = from + 4; i < to && ok; i++) {
				char c = value.charAt(i);
				ok = isAlphanumeric(c) || c == '-';
			}
			if (ok) {
				return true;
			}
		}
		if (length < 2 || length > 63) {
			return false;
		}
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAlphanumeric(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

}
