package intake.source;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Knows which charsets are not ASCII-compatible (UTF-16 and UTF-32), so their text must
 * be decoded before it can be inspected.
 */
final class Wide {

	private Wide() {
	}

	static boolean isWide(Charset charset) {
		return !family(charset).isEmpty();
	}

	/**
	 * Returns {@code "UTF-16"}, {@code "UTF-32"} or the empty string for any other
	 * charset.
	 */
	static String family(Charset charset) {
		String name = charset.name().toUpperCase(Locale.ROOT);
		if (name.startsWith("UTF-16") || name.startsWith("X-UTF-16")) {
			return "UTF-16";
		}
		if (name.startsWith("UTF-32") || name.startsWith("X-UTF-32")) {
			return "UTF-32";
		}
		return "";
	}

}
