package intake.plan;

/**
 * What happens to a row's main record (the company in a companies file).
 */
public enum RowStatus {

	/** A new record is created. */
	CREATE,
	/** An existing record is updated. */
	UPDATE,
	/** An existing record already holds every mapped value. */
	UNCHANGED,
	/** The record is left alone (exists in CREATE mode, or missing in UPDATE mode). */
	SKIP,
	/** The row has errors and is not imported. */
	INVALID

}
