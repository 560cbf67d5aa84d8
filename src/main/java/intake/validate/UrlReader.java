package intake.validate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accepts web addresses with or without {@code http://} or {@code https://}
 * ({@code www.example.se}, {@code example.se/path}); refuses spaces, other schemes,
 * e-mail addresses and anything without a dotted host name ending in a top-level domain.
 * The value is kept as written.
 */
final class UrlReader {

	private static final Pattern URL = Pattern.compile("(?i)(https?://)?"
			+ "(([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(\\p{L}{2,63}|xn--[a-z0-9-]{2,59})"
			+ "|\\d{1,3}(\\.\\d{1,3}){3})(:\\d{1,5})?([/?#]\\S*)?");

	private UrlReader() {
	}

	/** The address as written, or an error. */
	static Outcome read(String value) {
		if (value.chars().anyMatch(Character::isWhitespace) || value.contains("@") && !hasPathAfterHost(value)) {
			return Outcome.fail(notAUrl(value));
		}
		return URL.matcher(value).matches() ? Outcome.ok(value) : Outcome.fail(notAUrl(value));
	}

	private static boolean hasPathAfterHost(String value) {
		String rest = value.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
		int slash = rest.indexOf('/');
		return slash >= 0 && slash < rest.indexOf('@');
	}

	private static String notAUrl(String value) {
		return "'" + value + "' is not a web address (expected e.g. www.example.se or https://example.se/path)";
	}

}
