package intake.validate;

/** How a date column reads day/month values, decided once per column. */
enum DateReading {

	/** Every two-part date is day first. */
	DAY_FIRST,
	/** Every two-part date is month first. */
	MONTH_FIRST,
	/**
	 * The column holds both day-first-only and month-first-only values: each value that
	 * fits exactly one order is read in it, and a value that fits both is an error.
	 */
	MIXED;

	static DateReading of(DateOrder order) {
		return (order == DateOrder.DAY_FIRST) ? DAY_FIRST : MONTH_FIRST;
	}

}
