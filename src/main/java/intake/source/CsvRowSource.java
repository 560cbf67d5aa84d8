package intake.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@link RowSource} over a {@link RecordReader}: finds the header on its physical line
 * (or names the columns when there is none) and fits every following record to its width.
 */
final class CsvRowSource implements RowSource {

	/** Records looked at to find the width of a file without a header. */
	static final int WIDTH_SAMPLE = 50;

	private final RecordReader records;

	private final Deque<RawRecord> buffered = new ArrayDeque<>();

	private final List<String> header;

	private final long headerLine;

	/**
	 * Reads the header; closes {@code records} when that fails.
	 * @param records the file's records
	 * @param headerRow 1-based physical line of the header, 0 for none
	 * @throws SourceException NO_HEADER when the line is blank or beyond the file
	 */
	CsvRowSource(RecordReader records, int headerRow) {
		if (headerRow < 0) {
			throw new IllegalArgumentException("headerRow must be 0 or more, was " + headerRow);
		}
		this.records = records;
		try {
			if (headerRow == 0) {
				this.header = namesByWidth();
				this.headerLine = 0;
			}
			else {
				RawRecord found = findHeader(headerRow);
				this.header = names(found.fields());
				this.headerLine = found.line();
			}
		}
		catch (RuntimeException ex) {
			records.close();
			throw ex;
		}
	}

	private RawRecord findHeader(int headerRow) {
		while (this.records.hasNext()) {
			RawRecord record = this.records.next();
			if (record.line() < headerRow) {
				continue;
			}
			if (record.line() > headerRow) {
				break;
			}
			if (record.error().isPresent()) {
				throw new SourceException(SourceProblem.NO_HEADER, record.error().get());
			}
			if (record.fields().stream().allMatch(String::isBlank)) {
				break;
			}
			return record;
		}
		throw new SourceException(SourceProblem.NO_HEADER, "Line " + headerRow + " is empty or beyond the end of "
				+ "the file, so it cannot be the header; choose the line that holds the column names.");
	}

	private List<String> namesByWidth() {
		int width = 0;
		while (this.buffered.size() < WIDTH_SAMPLE && this.records.hasNext()) {
			RawRecord record = this.records.next();
			this.buffered.add(record);
			width = Math.max(width, record.fields().size());
		}
		if (width == 0) {
			throw new SourceException(SourceProblem.NO_HEADER, "The file has no records to read.");
		}
		List<String> names = new ArrayList<>(width);
		for (int i = 1; i <= width; i++) {
			names.add("Column " + i);
		}
		return List.copyOf(names);
	}

	private static List<String> names(List<String> cells) {
		List<String> names = new ArrayList<>(cells.size());
		for (int i = 0; i < cells.size(); i++) {
			String name = trim(cells.get(i));
			names.add(name.isEmpty() ? "Column " + (i + 1) : name);
		}
		return List.copyOf(names);
	}

	/** Trims whitespace including NBSP and a stray U+FEFF. */
	static String trim(String cell) {
		int start = 0;
		int end = cell.length();
		while (start < end && isSpace(cell.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(cell.charAt(end - 1))) {
			end--;
		}
		return cell.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
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
		return RowShape.fit(record, this.header.size());
	}

	@Override
	public void close() {
		this.records.close();
	}

}
