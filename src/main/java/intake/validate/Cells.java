package intake.validate;

/**
 * Reads a raw cell the way every field type sees it: trimmed of Unicode white space
 * (including NBSP U+00A0, narrow NBSP U+202F, ideographic space U+3000 and zero-width
 * spaces) at both ends, one leading apostrophe (Excel's text marker) stripped, and a null
 * token read as empty.
 */
final class Cells {

	private Cells() {
	}

	/**
	 * The cleaned cell, {@code ""} for an empty one; a {@code null} raw cell is empty.
	 */
	static String clean(String raw, ValidationOptions options) {
		if (raw == null) {
			return "";
		}
		String value = trim(raw);
		if (value.startsWith("'")) {
			value = trim(value.substring(1));
		}
		return options.isNullToken(value) ? "" : value;
	}

	static String trim(String raw) {
		int start = 0;
		int end = raw.length();
		while (start < end && isBlank(raw.charAt(start))) {
			start++;
		}
		while (end > start && isBlank(raw.charAt(end - 1))) {
			end--;
		}
		return raw.substring(start, end);
	}

	static boolean isBlank(char c) {
		if (c > ' ' && c < '\u007F') {
			// Visible ASCII is never white space: the common case, decided without
			// look-ups.
			return false;
		}
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF' || c == '\u2060';
	}

}
