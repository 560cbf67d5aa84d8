package intake.validate;

/** Which decimal styles one cell fits; the profiler counts these per column. */
enum NumberFit {

	/** A number without comma or point, e.g. {@code 1234} or {@code 1 234}. */
	PLAIN,
	/**
	 * Fits only the decimal comma, e.g. {@code 1,7}, {@code 1.234,50},
	 * {@code 200.000.000}.
	 */
	COMMA_ONLY,
	/** Fits only the decimal point, e.g. {@code 1234.50}, {@code 1,234.50}. */
	DOT_ONLY,
	/** Fits both as different numbers, e.g. {@code 1,234} (1.234 or 1234). */
	EITHER,
	/** Not a number in any style. */
	NONE

}
