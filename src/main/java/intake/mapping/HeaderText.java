package intake.mapping;

import intake.schema.TextFolding;

/**
 * The normal form headers and field names are compared in ({@link TextFolding}), and the
 * digits of such a form.
 */
final class HeaderText {

	private HeaderText() {
	}

	static String normalize(String header) {
		return TextFolding.fold(header);
	}

	/** The digits of a normal form, in order: {@code "kolumn1"} → {@code "1"}. */
	static String digits(String normalized) {
		StringBuilder out = new StringBuilder();
		normalized.chars().filter(Character::isDigit).forEach((c) -> out.append((char) c));
		return out.toString();
	}

}
