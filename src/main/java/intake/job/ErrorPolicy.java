package intake.job;

/**
 * What an import does with invalid rows.
 */
public enum ErrorPolicy {

	/** Import the valid rows; invalid ones are reported (default). */
	SKIP_ROW,
	/** Refuse to start while any row is invalid. */
	ABORT

}
