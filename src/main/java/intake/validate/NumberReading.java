package intake.validate;

/** How a number column reads commas and points, decided once per column. */
enum NumberReading {

	/** Comma separates the fraction; point and spaces group thousands. */
	COMMA_DECIMAL,
	/** Point separates the fraction; comma and spaces group thousands. */
	DOT_DECIMAL,
	/**
	 * The column holds values that fit only the comma and others that fit only the point:
	 * each value is read in the one style it fits, a value that fits both is an error.
	 */
	MIXED;

	static NumberReading of(DecimalStyle style) {
		return (style == DecimalStyle.COMMA_DECIMAL) ? COMMA_DECIMAL : DOT_DECIMAL;
	}

}
