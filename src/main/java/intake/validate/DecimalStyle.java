package intake.validate;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Which character separates a number's fraction; the other one may group thousands. */
public enum DecimalStyle {

	/** {@code 1 234,50}, {@code 1.234,50}: the Nordic style. */
	COMMA_DECIMAL("decimal comma", ',', "1 234,50"),
	/** {@code 1234.50}, {@code 1,234.50}. */
	DOT_DECIMAL("decimal point", '.', "1,234.50");

	private final String description;

	private final char separator;

	private final String example;

	DecimalStyle(String description, char separator, String example) {
		this.description = description;
		this.separator = separator;
		this.example = example;
	}

	/** A short human description, e.g. {@code decimal comma}. */
	public String description() {
		return this.description;
	}

	/** The decimal separator. */
	public char separator() {
		return this.separator;
	}

	/** The other separator, which may group thousands. */
	public char groupSeparator() {
		return (this == COMMA_DECIMAL) ? '.' : ',';
	}

	String example() {
		return this.example;
	}

	/** The style a locale writes decimals in. */
	public static DecimalStyle of(Locale locale) {
		return (DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',') ? COMMA_DECIMAL : DOT_DECIMAL;
	}

}
