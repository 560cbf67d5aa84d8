package intake.schema;

/**
 * How an import treats records that already exist.
 */
public enum ImportMode {

	/** Create new records; a row matching an existing record is skipped (default). */
	CREATE,
	/** Update existing records only; a row without a match is skipped. */
	UPDATE,
	/** Update existing records and create the rest. */
	UPSERT

}
