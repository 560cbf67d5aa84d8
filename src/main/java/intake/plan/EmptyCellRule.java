package intake.plan;

/**
 * What an empty cell of a mapped column means for a stored record that is updated.
 */
public enum EmptyCellRule {

	/** An empty cell never overwrites a stored value (default). */
	KEEP,
	/**
	 * An empty cell clears the stored value; fields a record cannot lack (name, customer
	 * number, kind) are kept.
	 */
	CLEAR

}
