package intake.source;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The non-blank rows of one sheet as records, streaming (fastexcel-reader, DTDs off). A
 * record's line is its sheet row number; trailing empty cells are dropped. A sheet that
 * cannot be read further ends with {@link SourceException} UNSUPPORTED_FILE.
 */
final class XlsxRecords implements Iterator<RawRecord>, AutoCloseable {

	private final ReadableWorkbook workbook;

	private final Stream<Row> stream;

	private final Iterator<Row> rows;

	private final XlsxCells cells;

	private final String sheet;

	private RawRecord lookahead;

	private XlsxRecords(ReadableWorkbook workbook, Sheet sheet) throws IOException {
		this.workbook = workbook;
		this.sheet = sheet.getName();
		this.stream = sheet.openStream();
		this.rows = this.stream.iterator();
		this.cells = new XlsxCells(workbook.isDate1904());
	}

	/**
	 * Opens a sheet of a workbook that {@link XlsxPackage} accepted.
	 * @param file the workbook
	 * @param sheetName the sheet
	 * @return the records, to be closed
	 * @throws SourceException UNSUPPORTED_FILE when the workbook cannot be read,
	 * NO_HEADER (naming the sheets) when there is no such sheet
	 */
	static XlsxRecords open(Path file, String sheetName) {
		ReadableWorkbook workbook = workbook(file);
		try {
			Optional<Sheet> sheet = workbook.findSheet(sheetName);
			if (sheet.isEmpty()) {
				throw new SourceException(SourceProblem.NO_HEADER, "The workbook has no sheet named '" + sheetName
						+ "'; its sheets are " + String.join(", ", XlsxSources.names(workbook)) + ".");
			}
			return new XlsxRecords(workbook, sheet.get());
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(workbook);
			throw (ex instanceof SourceException source) ? source : unreadable(ex);
		}
	}

	/** Opens the workbook, with number formats when it has a styles part. */
	static ReadableWorkbook workbook(Path file) {
		File input = file.toFile();
		try {
			return new ReadableWorkbook(input, new ReadingOptions(true, true));
		}
		catch (ExcelReaderException ex) {
			if (String.valueOf(ex.getMessage()).endsWith("styles.xml not found")) {
				try {
					return new ReadableWorkbook(input, new ReadingOptions(false, true));
				}
				catch (IOException | RuntimeException retry) {
					throw unreadable(retry);
				}
			}
			throw unreadable(ex);
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable(ex);
		}
	}

	static SourceException unreadable(Exception ex) {
		return new SourceException(SourceProblem.UNSUPPORTED_FILE,
				"This Excel workbook cannot be read (" + ex.getMessage()
						+ "). Open it in Excel and save it again as .xlsx, or save the sheet as CSV "
						+ "(UTF-8), then upload that file.");
	}

	@Override
	public boolean hasNext() {
		while (this.lookahead == null) {
			Row row;
			try {
				if (!this.rows.hasNext()) {
					return false;
				}
				row = this.rows.next();
			}
			catch (ExcelReaderException | IllegalStateException | UncheckedIOException ex) {
				throw new SourceException(SourceProblem.UNSUPPORTED_FILE,
						"The sheet '" + this.sheet + "' cannot be read past its last good row (" + ex.getMessage()
								+ "). Save it again as .xlsx " + "or as CSV (UTF-8) and upload that file.");
			}
			this.lookahead = record(row);
		}
		return true;
	}

	private RawRecord record(Row row) {
		List<String> fields = new ArrayList<>(row.getCellCount());
		int last = -1;
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			String text = this.cells.text(cell);
			fields.add(text);
			if (!text.isBlank()) {
				last = i;
			}
		}
		if (last < 0) {
			return null;
		}
		return new RawRecord(row.getRowNum(), fields.subList(0, last + 1), List.of(), Optional.empty());
	}

	@Override
	public RawRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		RawRecord next = this.lookahead;
		this.lookahead = null;
		return next;
	}

	@Override
	public void close() {
		try {
			this.stream.close();
		}
		finally {
			closeQuietly(this.workbook);
		}
	}

	private static void closeQuietly(ReadableWorkbook workbook) {
		try {
			workbook.close();
		}
		catch (IOException ex) {
			// Closing a read-only ZIP file; nothing was written.
		}
	}

}
