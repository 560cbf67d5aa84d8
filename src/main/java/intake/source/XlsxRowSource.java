package intake.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * {@link RowSource} over one sheet. Unlike CSV, a missing cell is an empty one: rows are
 * padded to the header width, and the header is widened (with "Column N") to the widest
 * of the first {@value #WIDTH_SAMPLE} rows after it, so values in an unnamed column are
 * kept. A value beyond that width makes the row an error.
 */
final class XlsxRowSource implements RowSource {

	static final int WIDTH_SAMPLE = 50;

	private final XlsxRecords records;

	private final Deque<RawRecord> buffered = new ArrayDeque<>();

	private final List<String> header;

	private final long headerLine;

	XlsxRowSource(XlsxRecords records, int headerRow) {
		if (headerRow < 0) {
			throw new IllegalArgumentException("headerRow must be 0 or more, was " + headerRow);
		}
		this.records = records;
		try {
			List<String> named = List.of();
			long line = 0;
			if (headerRow > 0) {
				RawRecord found = findHeader(headerRow);
				named = found.fields();
				line = found.line();
			}
			int width = named.size();
			while (this.buffered.size() < WIDTH_SAMPLE && records.hasNext()) {
				RawRecord record = records.next();
				this.buffered.add(record);
				width = Math.max(width, record.fields().size());
			}
			if (width == 0) {
				throw new SourceException(SourceProblem.NO_HEADER, "The sheet has no rows to read.");
			}
			this.header = names(named, width);
			this.headerLine = line;
		}
		catch (RuntimeException ex) {
			records.close();
			throw ex;
		}
	}

	private RawRecord findHeader(int headerRow) {
		while (this.records.hasNext()) {
			RawRecord record = this.records.next();
			if (record.line() == headerRow) {
				return record;
			}
			if (record.line() > headerRow) {
				break;
			}
		}
		throw new SourceException(SourceProblem.NO_HEADER, "Row " + headerRow + " of the sheet is empty or beyond "
				+ "its end, so it cannot be the header; choose the row that holds the column names.");
	}

	private static List<String> names(List<String> cells, int width) {
		List<String> names = new ArrayList<>(width);
		for (int i = 0; i < width; i++) {
			String name = (i < cells.size()) ? CsvRowSource.trim(cells.get(i)) : "";
			names.add(name.isEmpty() ? "Column " + (i + 1) : name);
		}
		return List.copyOf(names);
	}

	@Override
	public List<String> header() {
		return this.header;
	}

	@Override
	public long headerLine() {
		return this.headerLine;
	}

	@Override
	public boolean hasNext() {
		return !this.buffered.isEmpty() || this.records.hasNext();
	}

	@Override
	public SourceRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		RawRecord record = this.buffered.isEmpty() ? this.records.next() : this.buffered.removeFirst();
		int width = this.header.size();
		List<String> fields = record.fields();
		if (fields.size() > width) {
			return new SourceRow(record.line(), fields, List.of(),
					Optional.of("Row " + record.line() + " has a value in column " + column(fields.size() - 1) + " (\""
							+ abbreviate(fields.get(fields.size() - 1)) + "\"), beyond the last column "
							+ column(width - 1) + " of the header; move it into a named column or delete it."));
		}
		if (fields.size() < width) {
			List<String> padded = new ArrayList<>(width);
			padded.addAll(fields);
			while (padded.size() < width) {
				padded.add("");
			}
			fields = padded;
		}
		return new SourceRow(record.line(), fields, List.of(), Optional.empty());
	}

	/** The spreadsheet name of a 0-based column: A, B, … Z, AA, … */
	static String column(int index) {
		StringBuilder name = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}

	private static String abbreviate(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 37) + "...";
	}

	@Override
	public void close() {
		this.records.close();
	}

}
