package intake.web;

import java.util.List;

import intake.job.ImportJob;
import intake.job.JobSource;
import intake.source.SourceFormat;

/**
 * How the source page shows the way a job's file is read.
 *
 * @param csv whether the file is CSV (else a workbook)
 * @param encoding the encoding read with (CSV)
 * @param encodingDetected whether it was detected rather than chosen
 * @param encodingConfidence the detection's confidence as a badge
 * @param delimiter the delimiter as a form value (CSV)
 * @param delimiterDetected whether it was detected rather than chosen
 * @param delimiterConfidence the detection's confidence as a badge
 * @param sheet the sheet read (workbook)
 * @param sheets the workbook's sheets
 * @param headerRow the header's line, 0 for none
 * @param warnings what the reader noticed
 * @param encodings the encodings to choose from
 * @param delimiters the delimiters to choose from
 */
record SourceView(boolean csv, String encoding, boolean encodingDetected, Confidence encodingConfidence,
		String delimiter, boolean delimiterDetected, Confidence delimiterConfidence, String sheet, List<String> sheets,
		int headerRow, List<String> warnings, List<String> encodings, List<SourceChoices.Delimiter> delimiters) {

	/**
	 * A confidence as a badge.
	 *
	 * @param percent 0 to 100
	 * @param level {@code good} from 80 %, {@code fair} from 50 %, else {@code poor} (the
	 * badge's class)
	 */
	record Confidence(long percent, String level) {

		static Confidence of(double confidence) {
			String level = (confidence >= 0.8) ? "good" : (confidence >= 0.5) ? "fair" : "poor";
			return new Confidence(Math.round(confidence * 100), level);
		}

	}

	/** The message key naming the delimiter read with. */
	public String delimiterLabel() {
		return this.delimiters.stream()
			.filter((d) -> d.value().equals(this.delimiter))
			.map(SourceChoices.Delimiter::label)
			.findFirst()
			.orElse("source.delimiter.other");
	}

	static SourceView of(ImportJob job) {
		JobSource source = job.source();
		boolean csv = source.format() == SourceFormat.CSV;
		String delimiter = csv ? SourceChoices.value(source.delimiter()) : "";
		String encoding = csv ? source.encoding() : "";
		return new SourceView(csv, encoding, source.encodingDetected(), Confidence.of(source.encodingConfidence()),
				delimiter, source.delimiterDetected(), Confidence.of(source.delimiterConfidence()), source.sheet(),
				source.sheets(), source.headerRow(), source.warnings(), SourceChoices.encodings(encoding),
				SourceChoices.delimiters(delimiter));
	}

}
