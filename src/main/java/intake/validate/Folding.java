package intake.validate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for case- and diacritics-insensitive comparison: lower case, marks removed
 * ({@code å→a}, {@code ö→o}), {@code ø→o}, {@code æ→ae}, {@code ß→ss}, and everything but
 * letters and digits dropped.
 */
final class Folding {

	private Folding() {
	}

	static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT)
			.replace("ø", "o")
			.replace("æ", "ae")
			.replace("ß", "ss")
			.replace("đ", "d")
			.replace("ł", "l");
		String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
		return out.toString();
	}

}
