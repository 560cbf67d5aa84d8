package intake.job;

/**
 * What an empty cell means for an existing value.
 */
public enum EmptyCells {

	/** An empty cell never overwrites a value (default). */
	KEEP,
	/** An empty cell clears the value. */
	CLEAR

}
