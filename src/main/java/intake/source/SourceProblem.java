package intake.source;

/**
 * Why a file cannot be read as a table at all.
 */
public enum SourceProblem {

	/** The file has no bytes, or only a byte-order mark and whitespace. */
	EMPTY_FILE,

	/** The bytes are not text (binary data, an image, a PDF, NUL characters). */
	NOT_TEXT,

	/** A known non-CSV format such as an Excel workbook (XLSX/XLS). */
	UNSUPPORTED_FILE,

	/** The line chosen as header is blank or beyond the end of the file. */
	NO_HEADER

}
