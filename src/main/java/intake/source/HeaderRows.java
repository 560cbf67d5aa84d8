package intake.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the header below title rows: the first row with at least half as many non-empty
 * cells as the widest of the first records. Lines above it are passed over only when that
 * row is all labels (no numbers or dates) and the row after it is about as wide;
 * otherwise the first non-blank record stays the header, as without a guess.
 */
final class HeaderRows {

	/** Records looked at. */
	static final int SAMPLE = 30;

	private static final Pattern NOT_A_LABEL = Pattern
		.compile("[-+]?[\\d\\s.,\u00a0]+%?|\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}(?:[T ].*)?|TRUE|FALSE");

	private HeaderRows() {
	}

	/**
	 * Guesses the header line.
	 * @param records the first records of the file or sheet (up to {@link #SAMPLE})
	 * @return the 1-based line, 1 when there are no records
	 */
	static int guess(List<RawRecord> records) {
		if (records.isEmpty()) {
			return 1;
		}
		int widest = 0;
		for (RawRecord record : records) {
			widest = Math.max(widest, filled(record));
		}
		for (int i = 0; i < records.size(); i++) {
			RawRecord record = records.get(i);
			if (filled(record) * 2 < widest) {
				continue;
			}
			if (i == 0) {
				return (int) record.line();
			}
			boolean labels = record.error().isEmpty() && record.fields()
				.stream()
				.map(CsvRowSource::trim)
				.allMatch((cell) -> cell.isEmpty() || !NOT_A_LABEL.matcher(cell).matches());
			boolean dataFollows = i + 1 == records.size() || filled(records.get(i + 1)) * 2 >= widest;
			return (labels && dataFollows) ? (int) record.line() : (int) records.get(0).line();
		}
		return (int) records.get(0).line();
	}

	private static int filled(RawRecord record) {
		int filled = 0;
		for (String field : record.fields()) {
			if (!field.isBlank()) {
				filled++;
			}
		}
		return filled;
	}

}
