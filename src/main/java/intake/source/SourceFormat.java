package intake.source;

/**
 * The kind of file an upload is, decided by its content (never by its name).
 */
public enum SourceFormat {

	/** Delimited text; encoding and delimiter are detected. The default. */
	CSV,

	/** An Office Open XML workbook (.xlsx, .xlsm); one sheet is read. */
	XLSX;

	/**
	 * Returns the name used in the API and the database.
	 * @return {@code csv} or {@code xlsx}
	 */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Reads a name given by {@link #key()}; unknown or {@code null} names are CSV, the
	 * format of every job stored before workbooks were read.
	 * @param key the stored name
	 * @return the format
	 */
	public static SourceFormat ofKey(String key) {
		return "xlsx".equals(key) ? XLSX : CSV;
	}

}
