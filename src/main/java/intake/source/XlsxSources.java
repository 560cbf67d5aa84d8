package intake.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The source facade for workbooks (.xlsx): sheets, header guess and streaming rows of one
 * sheet. For files {@link Sources#format(Path)} accepted as {@link SourceFormat#XLSX},
 * which has checked the package against bombs. Stateless and thread-safe; a sheet is read
 * streaming, only the workbook's shared strings are held in memory.
 */
public final class XlsxSources {

	private XlsxSources() {
	}

	/**
	 * What a workbook holds.
	 *
	 * @param sheets the sheet names in workbook order
	 * @param firstNonEmpty the first sheet with a non-blank cell (the default), or the
	 * first sheet when all are empty
	 */
	public record Workbook(List<String> sheets, String firstNonEmpty) {

		public Workbook {
			sheets = List.copyOf(sheets);
			Objects.requireNonNull(firstNonEmpty, "firstNonEmpty");
		}

	}

	/**
	 * Lists the sheets and finds the first non-empty one.
	 * @param file the workbook
	 * @return the sheets
	 * @throws SourceException UNSUPPORTED_FILE when it cannot be read or has no sheet
	 */
	public static Workbook inspect(Path file) {
		Objects.requireNonNull(file, "file");
		try (ReadableWorkbook workbook = XlsxRecords.workbook(file)) {
			List<String> names = names(workbook);
			if (names.isEmpty()) {
				throw new SourceException(SourceProblem.UNSUPPORTED_FILE,
						"This Excel workbook has no sheets. Open it in Excel, check it holds the data and save it again.");
			}
			for (String name : names) {
				if (hasData(file, name)) {
					return new Workbook(names, name);
				}
			}
			return new Workbook(names, names.get(0));
		}
		catch (IOException ex) {
			throw XlsxRecords.unreadable(ex);
		}
	}

	static List<String> names(ReadableWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.getSheets().map(Sheet::getName).forEach(names::add);
		return names;
	}

	private static boolean hasData(Path file, String sheet) {
		try (XlsxRecords records = XlsxRecords.open(file, sheet)) {
			return records.hasNext();
		}
	}

	/**
	 * Guesses the header row of a sheet below any title rows.
	 * @param file the workbook
	 * @param sheet the sheet
	 * @return the 1-based sheet row
	 */
	public static int guessHeaderRow(Path file, String sheet) {
		try (XlsxRecords records = XlsxRecords.open(file, sheet)) {
			List<RawRecord> first = new ArrayList<>();
			while (first.size() < HeaderRows.SAMPLE && records.hasNext()) {
				first.add(records.next());
			}
			return HeaderRows.guess(first);
		}
	}

	/**
	 * Opens a sheet as rows.
	 * @param file the workbook
	 * @param sheet the sheet's name
	 * @param headerRow the 1-based sheet row of the header, 0 for none (columns are named
	 * "Column 1"…)
	 * @return the rows, to be closed by the caller
	 * @throws SourceException NO_HEADER when the header row is blank or the sheet
	 * unknown, UNSUPPORTED_FILE when it cannot be read
	 */
	public static RowSource open(Path file, String sheet, int headerRow) {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(sheet, "sheet");
		return new XlsxRowSource(XlsxRecords.open(file, sheet), headerRow);
	}

}
