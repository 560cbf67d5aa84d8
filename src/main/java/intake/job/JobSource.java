package intake.job;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import intake.source.CsvSources;
import intake.source.Detection;
import intake.source.RowSource;
import intake.source.SourceFormat;
import intake.source.XlsxSources;

/**
 * How a job's stored file is read, and what was detected about it. A workbook has no
 * encoding or delimiter of its own: it carries UTF-8 and {@code ;}, which is how its
 * error file is written.
 *
 * @param encoding the Java charset name
 * @param encodingDetected whether it was detected (false: the user gave it)
 * @param encodingConfidence confidence of the detection, 0..1
 * @param delimiter the field delimiter
 * @param delimiterDetected whether it was detected
 * @param delimiterConfidence confidence of the detection, 0..1
 * @param headerRow the 1-based line (or sheet row) holding the header, 0 for none
 * @param warnings what the reader noticed, for the user
 * @param format the file's format, decided by its content
 * @param sheet the sheet read from a workbook, empty for CSV
 * @param sheets the workbook's sheets, empty for CSV
 */
public record JobSource(String encoding, boolean encodingDetected, double encodingConfidence, char delimiter,
		boolean delimiterDetected, double delimiterConfidence, int headerRow, List<String> warnings,
		SourceFormat format, String sheet, List<String> sheets) {

	public JobSource {
		warnings = List.copyOf(warnings);
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(sheet, "sheet");
		sheets = List.copyOf(sheets);
	}

	/** A CSV source. */
	public JobSource(String encoding, boolean encodingDetected, double encodingConfidence, char delimiter,
			boolean delimiterDetected, double delimiterConfidence, int headerRow, List<String> warnings) {
		this(encoding, encodingDetected, encodingConfidence, delimiter, delimiterDetected, delimiterConfidence,
				headerRow, warnings, SourceFormat.CSV, "", List.of());
	}

	/** Opens the stored file as rows with these settings; the caller closes them. */
	RowSource open(Path file) {
		return switch (this.format) {
			case CSV -> CsvSources.open(file, detection(), this.headerRow);
			case XLSX -> XlsxSources.open(file, this.sheet, this.headerRow);
		};
	}

	/**
	 * Opens a CSV file's content, from its first byte, as rows with these settings; the
	 * rows own and close the stream.
	 */
	RowSource open(java.io.InputStream content) {
		if (this.format != SourceFormat.CSV) {
			throw new IllegalStateException("Only a CSV file is read from a stream");
		}
		return CsvSources.open(content, detection(), this.headerRow);
	}

	/** These settings reading every record as data, the header line included. */
	JobSource withoutHeader() {
		return new JobSource(this.encoding, this.encodingDetected, this.encodingConfidence, this.delimiter,
				this.delimiterDetected, this.delimiterConfidence, 0, this.warnings, this.format, this.sheet,
				this.sheets);
	}

	/** The CSV detection these settings stand for. */
	Detection detection() {
		return new Detection(Charset.forName(this.encoding), !this.encodingDetected, this.encodingConfidence,
				this.delimiter, !this.delimiterDetected, this.delimiterConfidence, this.warnings);
	}

	/** A key that changes whenever the rows read would. */
	String readKey() {
		return this.format.key() + "|" + this.sheet + "|" + this.encoding + "|" + (int) this.delimiter + "|"
				+ this.headerRow;
	}

}
