package intake.job;

import java.util.stream.Collectors;

/**
 * The message cells of the problem files ({@code problems.csv}, {@code errors.csv}),
 * which {@link intake.files.CsvWriter} writes.
 */
public final class CsvOut {

	private CsvOut() {
	}

	public static String errors(PreviewItem item) {
		return item.errors().stream().map(PreviewItem.Problem::message).collect(Collectors.joining("; "));
	}

	public static String describe(PreviewItem item) {
		String errors = item.errors().stream().map(PreviewItem.Problem::message).collect(Collectors.joining("; "));
		String warnings = item.warnings()
			.stream()
			.map((w) -> "Warning: " + w.message())
			.collect(Collectors.joining("; "));
		if (errors.isEmpty()) {
			return warnings;
		}
		return warnings.isEmpty() ? errors : errors + "; " + warnings;
	}

}
