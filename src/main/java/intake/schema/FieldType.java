package intake.schema;

import java.util.Locale;

/**
 * The kind of value a field holds; decides which converter reads a cell. The JSON name
 * ({@link #jsonName()}) is the lower-case constant name with underscores as dashes.
 */
public enum FieldType {

	/** Free text, trimmed; never parsed as a number (leading zeros stay). */
	TEXT,
	/** An e-mail address, syntax-checked. */
	EMAIL,
	/** A web address; a missing scheme is accepted. */
	URL,
	/** A phone number kept as written, with an E.164 copy when the country is known. */
	PHONE,
	/** ISO 3166 alpha-2 code or a country name in sv/no/en; stored as the code. */
	COUNTRY,
	/** A postcode, validated per country (SE 5 digits, NO/DK 4, FI 5). */
	POSTCODE,
	/** An organisation number: SE Luhn, NO mod-11, else free text. */
	GOV_NO,
	/**
	 * A product barcode (GTIN-8, UPC-A, EAN-13, GTIN-14), kept as written (leading zeros
	 * stay); a wrong check digit or a value that is no GTIN is a warning.
	 */
	EAN,
	/** A whole number. */
	INTEGER,
	/** A decimal number; the decimal style is decided per column. */
	DECIMAL,
	/** A percentage 0–100, with or without a percent sign. */
	PERCENT,
	/** A calendar date; the day/month order is decided per column. */
	DATE,
	/** A date with time; without offset it is in the tenant's time zone. */
	DATETIME,
	/** A boolean in sv/no/en words, 1/0 or x. */
	BOOLEAN,
	/** One of a fixed set of values, given by code or by a sv/no/en name. */
	ENUM,
	/** A comma-separated list of text values. */
	TEXT_LIST,
	/** A reference to another record, resolved by its natural key or name. */
	REF;

	/**
	 * Whether values are stored as written text, so that a field of this type carries a
	 * real {@link FieldDef#maxLength() maxLength}: text, e-mail, URL, phone, postcode,
	 * organisation number, EAN and text lists (the limit applies to the cell as written).
	 * @return {@code true} for text-like types
	 */
	public boolean isTextLike() {
		return switch (this) {
			case TEXT, EMAIL, URL, PHONE, POSTCODE, GOV_NO, EAN, TEXT_LIST -> true;
			default -> false;
		};
	}

	public String jsonName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
