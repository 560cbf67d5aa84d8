package intake.schema;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form names are compared in — headers against field keys, labels and synonyms,
 * cells against choice and country names: lower case, diacritics folded (å→a, ä→a, ö→o,
 * ø→o, æ→ae, ß→ss, é→e …) and everything but letters and digits removed, so
 * {@code "Company Name"}, {@code "company_name"} and {@code "CompanyName"} are one form.
 */
public final class TextFolding {

	private TextFolding() {
	}

	public static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT)
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

}
