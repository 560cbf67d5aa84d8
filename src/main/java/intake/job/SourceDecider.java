package intake.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import intake.source.CsvSources;
import intake.source.Detection;
import intake.source.SourceFormat;
import intake.source.Sources;
import intake.source.XlsxSources;

/**
 * The format seam of the analysis: decides how a stored file is read — its format by
 * content, then for CSV encoding and delimiter, for a workbook the sheet, and for both
 * the header row. The user's choices win.
 */
final class SourceDecider {

	private SourceDecider() {
	}

	/**
	 * Decides the settings.
	 * @throws intake.source.SourceException when the file cannot be read as a table
	 * @throws ImportException VALIDATION for a sheet named for a CSV file or missing from
	 * the workbook
	 */
	static JobSource decide(Path file, SourceRequest request) {
		return decide(file, request, Optional.empty());
	}

	/**
	 * Decides the settings with the encoding and delimiter, if given, already detected
	 * over the file's bytes with the request's choices ({@link EarlyDetection}).
	 */
	static JobSource decide(Path file, SourceRequest request, Optional<Detection> detected) {
		SourceFormat format = Sources.format(file);
		return switch (format) {
			case CSV -> csv(file, request, detected);
			case XLSX -> xlsx(file, request);
		};
	}

	private static JobSource csv(Path file, SourceRequest request, Optional<Detection> detected) {
		if (request.sheet().isPresent()) {
			throw new ImportException(ErrorCode.VALIDATION, "'sheet' applies to workbooks; this file is CSV.");
		}
		Detection detection = detected.orElseGet(() -> CsvSources.detect(file, request.charset(), request.delimiter()));
		List<String> warnings = new ArrayList<>(detection.warnings());
		int headerRow = request.headerRow()
			.orElseGet(() -> guessed(CsvSources.guessHeaderRow(file, detection), "Line", warnings));
		return new JobSource(detection.charset().name(), !detection.charsetGiven(), detection.charsetConfidence(),
				detection.delimiter(), !detection.delimiterGiven(), detection.delimiterConfidence(), headerRow,
				warnings);
	}

	private static JobSource xlsx(Path file, SourceRequest request) {
		XlsxSources.Workbook workbook = XlsxSources.inspect(file);
		String sheet = request.sheet().orElse(workbook.firstNonEmpty());
		if (!workbook.sheets().contains(sheet)) {
			throw new ImportException(ErrorCode.VALIDATION, "The workbook has no sheet named '" + sheet
					+ "'; its sheets are " + String.join(", ", workbook.sheets()) + ".");
		}
		List<String> warnings = new ArrayList<>();
		if (request.charset().isPresent() || request.delimiter().isPresent()) {
			warnings.add("Encoding and delimiter apply to CSV files; this workbook is read without them.");
		}
		int headerRow = request.headerRow()
			.orElseGet(() -> guessed(XlsxSources.guessHeaderRow(file, sheet), "Row", warnings));
		return new JobSource("UTF-8", false, 1.0, ';', false, 1.0, headerRow, warnings, SourceFormat.XLSX, sheet,
				workbook.sheets());
	}

	private static int guessed(int headerRow, String unit, List<String> warnings) {
		if (headerRow > 1) {
			warnings
				.add(unit + " " + headerRow + " was taken as the header: the " + unit.toLowerCase(java.util.Locale.ROOT)
						+ "s above it " + "look like a title. Set headerRow to choose another.");
		}
		return headerRow;
	}

}
