package intake.mapping;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normal form headers and field names are compared in: lower case, diacritics folded
 * (å→a, ä→a, ö→o, ø→o, æ→ae, ß→ss, é→e …), and everything but letters and digits removed,
 * so {@code "Company Name"}, {@code "company_name"} and {@code "CompanyName"} are one
 * form.
 */
final class HeaderText {

	private HeaderText() {
	}

	static String normalize(String header) {
		String lower = header.toLowerCase(Locale.ROOT)
			.replace("æ", "ae")
			.replace("ø", "o")
			.replace("ß", "ss")
			.replace("đ", "d")
			.replace("ð", "d")
			.replace("þ", "th")
			.replace("ł", "l")
			.replace("œ", "oe");
		String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
		return out.toString();
	}

	/** The digits of a normal form, in order: {@code "kolumn1"} → {@code "1"}. */
	static String digits(String normalized) {
		StringBuilder out = new StringBuilder();
		normalized.chars().filter(Character::isDigit).forEach((c) -> out.append((char) c));
		return out.toString();
	}

}
