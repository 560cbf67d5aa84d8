package intake.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits a record to the header width. Fewer fields than the header is an error; more
 * fields is an error when a surplus field holds a value; surplus trailing empty fields
 * (Excel's trailing {@code ;}) are dropped with a warning. A ragged record is never
 * shifted.
 */
final class RowShape {

	private RowShape() {
	}

	static SourceRow fit(RawRecord record, int width) {
		List<String> fields = record.fields();
		if (record.error().isPresent()) {
			return new SourceRow(record.line(), fields, record.warnings(), record.error());
		}
		int count = fields.size();
		if (count == width) {
			return new SourceRow(record.line(), fields, record.warnings(), Optional.empty());
		}
		if (count < width) {
			return new SourceRow(record.line(), fields, record.warnings(),
					Optional.of("Line " + record.line() + " has " + count + " field" + ((count == 1) ? "" : "s")
							+ " but the header has " + width
							+ "; check for a missing delimiter or an unclosed quote."));
		}
		for (int i = width; i < count; i++) {
			String surplus = fields.get(i);
			if (!surplus.isBlank()) {
				return new SourceRow(record.line(), fields, record.warnings(),
						Optional.of("Line " + record.line() + " has " + count + " fields but the header has " + width
								+ "; field " + (i + 1) + " (\"" + abbreviate(surplus)
								+ "\") is beyond the last column \u2014 check for a delimiter inside a value that "
								+ "is not quoted."));
			}
		}
		List<String> warnings = new ArrayList<>(record.warnings());
		int dropped = count - width;
		warnings.add("Line " + record.line() + " has " + dropped + " empty field" + ((dropped == 1) ? "" : "s")
				+ " after the last column (a trailing delimiter); " + ((dropped == 1) ? "it was" : "they were")
				+ " ignored.");
		return new SourceRow(record.line(), fields.subList(0, width), warnings, Optional.empty());
	}

	private static String abbreviate(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 37) + "...";
	}

}
