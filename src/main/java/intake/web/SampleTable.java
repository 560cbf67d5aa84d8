package intake.web;

import java.util.ArrayList;
import java.util.List;

import intake.job.FileSample;
import intake.source.SourceRow;

/**
 * The first rows of a file as the source page shows them: each cell cut into
 * {@link EncodingMarks} segments, the header line told apart from the lines above it
 * (titles) and the data below it.
 *
 * @param width the number of columns
 * @param lines the lines in file order
 * @param garbled whether any cell holds mojibake
 */
record SampleTable(int width, List<Line> lines, boolean garbled) {

	/** Where a line stands relative to the header. */
	enum Role {

		TITLE, HEADER, DATA

	}

	/**
	 * One line of the sample.
	 *
	 * @param number the 1-based line (or sheet row)
	 * @param role title, header or data
	 * @param cells the cells' segments, padded to the table's width
	 */
	record Line(long number, Role role, List<List<EncodingMarks.Segment>> cells) {

		public boolean header() {
			return this.role == Role.HEADER;
		}

		public boolean title() {
			return this.role == Role.TITLE;
		}

	}

	static SampleTable of(FileSample sample) {
		int width = sample.rows().stream().mapToInt((row) -> row.fields().size()).max().orElse(0);
		List<Line> lines = new ArrayList<>(sample.rows().size());
		boolean garbled = false;
		for (SourceRow row : sample.rows()) {
			List<List<EncodingMarks.Segment>> cells = new ArrayList<>(width);
			for (int i = 0; i < width; i++) {
				List<EncodingMarks.Segment> segments = EncodingMarks
					.of((i < row.fields().size()) ? row.fields().get(i) : "");
				garbled = garbled || segments.stream().anyMatch(EncodingMarks.Segment::garbled);
				cells.add(segments);
			}
			lines.add(new Line(row.line(), role(row.line(), sample.headerRow()), cells));
		}
		return new SampleTable(width, lines, garbled);
	}

	private static Role role(long line, int headerRow) {
		if (line == headerRow) {
			return Role.HEADER;
		}
		return (line < headerRow) ? Role.TITLE : Role.DATA;
	}

}
