package intake.validate;

/** Which day/month orders one cell fits; the profiler counts these per column. */
enum DateFit {

	/**
	 * Year first ({@code 2024-12-31}, {@code 20241231}) or day equal to month: no order
	 * needed.
	 */
	ANY_ORDER,
	/** Fits only day first, e.g. {@code 31.12.2024}. */
	DAY_FIRST_ONLY,
	/** Fits only month first, e.g. {@code 12/31/2024}. */
	MONTH_FIRST_ONLY,
	/** Fits both orders as two different dates, e.g. {@code 03/04/2024}. */
	EITHER,
	/** Not a date in any order. */
	NONE

}
