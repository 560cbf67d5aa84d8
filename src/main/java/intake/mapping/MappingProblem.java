package intake.mapping;

/**
 * Why a user's mapping change was refused ({@link MappingException#problem()}).
 */
public enum MappingProblem {

	/** Two columns would map to one field; a field takes one column. */
	DUPLICATE_FIELD,
	/** The field key is not a field of the import type (also a field of another type). */
	UNKNOWN_FIELD,
	/** The column index is outside the file's columns. */
	UNKNOWN_COLUMN,
	/**
	 * A combination, split or value map that cannot work as given (e.g. combining fewer
	 * than two columns, splitting into other than two fields).
	 */
	INVALID_RULE

}
