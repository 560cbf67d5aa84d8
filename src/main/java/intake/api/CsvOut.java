package intake.api;

import java.util.stream.Collectors;

import intake.job.PreviewItem;

/**
 * The message cells of the problem files ({@code problems.csv}, {@code errors.csv}),
 * which {@link intake.files.CsvWriter} writes.
 */
final class CsvOut {

	private CsvOut() {
	}

	static String errors(PreviewItem item) {
		return item.errors().stream().map(PreviewItem.Problem::message).collect(Collectors.joining("; "));
	}

	static String describe(PreviewItem item) {
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
