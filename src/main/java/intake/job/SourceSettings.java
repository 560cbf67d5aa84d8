package intake.job;

import java.util.Optional;

/**
 * How the user wants a file read; empty parts are detected (or kept).
 *
 * @param encoding a charset name, e.g. {@code windows-1252} (CSV only)
 * @param delimiter one character, or {@code tab} (CSV only)
 * @param headerRow the 1-based header line or sheet row, 0 for none; empty: guessed below
 * any title rows
 * @param sheet the sheet of a workbook; empty: the first non-empty sheet
 */
public record SourceSettings(Optional<String> encoding, Optional<String> delimiter, Optional<Integer> headerRow,
		Optional<String> sheet) {

	/** Settings without a sheet. */
	public SourceSettings(Optional<String> encoding, Optional<String> delimiter, Optional<Integer> headerRow) {
		this(encoding, delimiter, headerRow, Optional.empty());
	}

	public static SourceSettings detect() {
		return new SourceSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

}
