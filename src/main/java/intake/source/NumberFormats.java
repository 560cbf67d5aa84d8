package intake.source;

import java.util.Locale;

/**
 * Tells from an Excel number format how a number is shown: as a date, a time, a duration,
 * a percentage or a plain number.
 */
final class NumberFormats {

	/** How a number cell is shown. */
	enum Kind {

		NUMBER, PERCENT, DATE, DATE_TIME, TIME, DURATION

	}

	private NumberFormats() {
	}

	/**
	 * Classifies a cell's number format.
	 * @param id the numFmtId, {@code null} when the cell has no style
	 * @param format the format code, {@code null} when unknown
	 * @return the kind
	 */
	static Kind kind(Integer id, String format) {
		if (id != null) {
			int builtIn = id;
			if (builtIn >= 14 && builtIn <= 17 || builtIn >= 27 && builtIn <= 31 || builtIn >= 34 && builtIn <= 36
					|| builtIn >= 50 && builtIn <= 58) {
				return Kind.DATE;
			}
			if (builtIn == 22) {
				return Kind.DATE_TIME;
			}
			if (builtIn >= 18 && builtIn <= 21 || builtIn == 32 || builtIn == 33 || builtIn == 45 || builtIn == 47) {
				return Kind.TIME;
			}
			if (builtIn == 46) {
				return Kind.DURATION;
			}
			if (builtIn == 9 || builtIn == 10) {
				return Kind.PERCENT;
			}
		}
		return (format != null) ? kind(format) : Kind.NUMBER;
	}

	/** Classifies a format code by its first section. */
	static Kind kind(String format) {
		StringBuilder plain = new StringBuilder(format.length());
		boolean elapsed = false;
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
			if (c == ';') {
				break;
			}
			if (c == '"') {
				int end = format.indexOf('"', i + 1);
				i = (end < 0) ? format.length() : end;
			}
			else if (c == '\\' || c == '_' || c == '*') {
				i++;
			}
			else if (c == '[') {
				int end = format.indexOf(']', i + 1);
				String inside = format.substring(i + 1, (end < 0) ? format.length() : end).toLowerCase(Locale.ROOT);
				elapsed |= inside.matches("h+|m+|s+");
				i = (end < 0) ? format.length() : end;
			}
			else {
				plain.append(Character.toLowerCase(c));
			}
		}
		String code = plain.toString().replace("am/pm", "").replace("a/p", "");
		if (elapsed) {
			return Kind.DURATION;
		}
		if (code.equals("general") || code.equals("@")) {
			return Kind.NUMBER;
		}
		boolean time = code.indexOf('h') >= 0 || code.indexOf('s') >= 0;
		boolean date = code.indexOf('y') >= 0 || code.indexOf('d') >= 0 || (code.indexOf('m') >= 0 && !time);
		if (date && time) {
			return Kind.DATE_TIME;
		}
		if (date) {
			return Kind.DATE;
		}
		if (time) {
			return Kind.TIME;
		}
		return (code.indexOf('%') >= 0) ? Kind.PERCENT : Kind.NUMBER;
	}

}
