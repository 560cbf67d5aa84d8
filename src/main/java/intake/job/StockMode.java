package intake.job;

/**
 * How a stock import changes a product's level.
 */
public enum StockMode {

	/** The quantity is the new level (default). */
	SET,
	/** The quantity is added to the level. */
	ADJUST

}
