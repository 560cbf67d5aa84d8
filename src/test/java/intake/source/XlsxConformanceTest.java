package intake.source;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The XLSX section of {@code ../shared/conformance/EXPECTED.md}: csvkit's workbooks equal
 * their converted CSV, calamine's 1900 and 1904 date systems agree, POI's text postcodes
 * and barcodes keep their leading zeros, and bombs and corrupt packages are refused as
 * UNSUPPORTED_FILE within two seconds. Missing material fails under {@code CI=true}.
 */
class XlsxConformanceTest {

	@Test
	void csvkitTestXlsxEqualsItsConvertedCsv() {
		assertEqualsConverted("csvkit/examples/test.xlsx", "csvkit/examples/testxlsx_converted.csv", "Sheet1");
	}

	/**
	 * sheets.xlsx's first sheet is empty, so "data" is read; it holds the cells of
	 * test.xlsx. The stored sheetsxlsx_converted.csv was made from another input: it has
	 * a "time" column and a text ("Extra data past headers…") that sheets.xlsx does not
	 * hold, so the data sheet is compared with testxlsx_converted.csv.
	 */
	@Test
	void csvkitSheetsXlsxReadsTheFirstNonEmptySheetAndEqualsTheConvertedCsvOfItsData() throws IOException {
		String stale = Files.readString(Conformance.path("csvkit/examples/sheetsxlsx_converted.csv"));
		assertThat(stale).contains(",time,").contains("Extra data past headers");
		assertEqualsConverted("csvkit/examples/sheets.xlsx", "csvkit/examples/testxlsx_converted.csv", "data");
		Path file = Conformance.path("csvkit/examples/sheets.xlsx");
		assertThat(XlsxSources.inspect(file).sheets()).containsExactly("not this one", "data", "\u02a4");
		try (RowSource rows = XlsxSources.open(file, "\u02a4", 1)) {
			assertThat(rows.header()).containsExactly("a", "b", "c");
			assertThat(rows.next().fields()).containsExactly("1", "2", "3");
		}
	}

	@Test
	void calamineNineteenHundredAndNineteenOhFourDateSystemsBothStartOnNewYear2021() {
		List<List<String>> plain = read(Conformance.path("calamine/tests/date.xlsx"), 0);
		List<List<String>> old = read(Conformance.path("calamine/tests/date_1904.xlsx"), 0);
		assertThat(plain.get(0).get(0)).isEqualTo("2021-01-01");
		assertThat(plain.get(1).get(0)).isEqualTo("2021-01-02");
		assertThat(plain.get(2).get(0)).as("[hh]:mm:ss duration").isEqualTo("255:10:10");
		assertThat(old).isEqualTo(plain);
	}

	@Test
	void poiTextPostcodesAndBarcodesKeepTheirLeadingZeros() {
		Path contacts = Conformance.path("apache-poi/test-data/spreadsheet/51626_contact.xlsx");
		try (RowSource rows = XlsxSources.open(contacts, XlsxSources.inspect(contacts).firstNonEmpty(), 1)) {
			int postcode = rows.header().indexOf("Postal Code");
			assertThat(postcode).isNotNegative();
			SourceRow first = rows.next();
			assertThat(first.line()).isEqualTo(3);
			assertThat(first.fields().get(postcode)).isEqualTo("04001");
			assertThat(first.fields()).contains("801-555-7712x4563;801-555-9999");
		}
		Path orders = Conformance.path("apache-poi/test-data/spreadsheet/64508.xlsx");
		List<String> cells = new ArrayList<>();
		read(orders, 0).forEach(cells::addAll);
		assertThat(cells).contains("0630996510285", "SI33738548", "04656-2020");
	}

	@Test
	void calamineEscapesAndWhitespaceSurvive() {
		assertThat(read(Conformance.path("calamine/tests/has_x000D_.xlsx"), 0).get(0).get(0)).isEqualTo("ABC\r\nDEF");
		assertThat(read(Conformance.path("calamine/tests/whitespace_trim.xlsx"), 0).get(0).get(0))
			.isEqualTo("  trimmed value  ");
	}

	@Test
	void bombsAndCorruptPackagesAreRefusedQuickly() throws IOException {
		List<Path> files = new ArrayList<>();
		files.add(Conformance.path("apache-poi/test-data/spreadsheet/poc-xmlbomb.xlsx"));
		files.add(Conformance.path("apache-poi/test-data/spreadsheet/poc-xmlbomb-empty.xlsx"));
		files.add(Conformance.path(
				"apache-poi/test-data/spreadsheet/clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx"));
		try (Stream<Path> invalid = Files
			.list(Conformance.path("fastexcel/fastexcel-reader/src/test/resources/invalid"))) {
			invalid.filter((p) -> p.toString().endsWith(".xlsx")).sorted().forEach(files::add);
		}
		assertThat(files).as("cases").hasSize(9);
		for (Path file : files) {
			long start = System.nanoTime();
			assertThatThrownBy(() -> readWholeDefaultSheet(file)).as(file.getFileName().toString())
				.isInstanceOfSatisfying(SourceException.class,
						(ex) -> assertThat(ex.problem()).isEqualTo(SourceProblem.UNSUPPORTED_FILE));
			assertThat((System.nanoTime() - start) / 1_000_000).as("ms for %s", file.getFileName()).isLessThan(2000);
		}
	}

	@Test
	void theEntityBombIsRefusedForItsDtd() {
		Path bomb = Conformance.path("apache-poi/test-data/spreadsheet/poc-xmlbomb.xlsx");
		assertThatThrownBy(() -> Sources.format(bomb)).hasMessageContaining("DTD");
	}

	/** What the analysis does: format, sheets, then every row of the default sheet. */
	private static void readWholeDefaultSheet(Path file) {
		assertThat(Sources.format(file)).isEqualTo(SourceFormat.XLSX);
		String sheet = XlsxSources.inspect(file).firstNonEmpty();
		try (RowSource rows = XlsxSources.open(file, sheet, 1)) {
			rows.forEachRemaining((row) -> {
			});
		}
	}

	private static void assertEqualsConverted(String workbook, String converted, String expectedSheet) {
		Path file = Conformance.path(workbook);
		assertThat(Sources.format(file)).isEqualTo(SourceFormat.XLSX);
		XlsxSources.Workbook inspected = XlsxSources.inspect(file);
		assertThat(inspected.firstNonEmpty()).isEqualTo(expectedSheet);
		List<List<String>> expected = csv(Conformance.path(converted));
		List<String> header;
		List<List<String>> rows = new ArrayList<>();
		try (RowSource source = XlsxSources.open(file, inspected.firstNonEmpty(), 1)) {
			header = source.header();
			source.forEachRemaining((row) -> {
				assertThat(row.error()).as("line %d", row.line()).isEmpty();
				rows.add(row.fields());
			});
		}
		List<String> expectedHeader = expected.get(0);
		assertThat(header).hasSameSizeAs(expectedHeader);
		for (int i = 0; i < header.size(); i++) {
			// csvkit names an unnamed column by its letter (or not at all); Intake
			// "Column N".
			if (!header.get(i).equals("Column " + (i + 1))) {
				assertThat(header.get(i)).isEqualTo(expectedHeader.get(i));
			}
		}
		assertThat(rows).hasSize(expected.size() - 1);
		for (int r = 0; r < rows.size(); r++) {
			List<String> want = expected.get(r + 1);
			List<String> got = rows.get(r);
			assertThat(got).as("row %d", r + 1).hasSameSizeAs(want);
			for (int c = 0; c < want.size(); c++) {
				assertThat(same(want.get(c), got.get(c)))
					.as("row %d column %s: expected %s, read %s", r + 1, header.get(c), want.get(c), got.get(c))
					.isTrue();
			}
		}
	}

	/**
	 * csvkit writes Python's True/False where Intake writes Excel's TRUE/FALSE, and a
	 * midnight date-time as a date when agate infers a date column.
	 */
	private static boolean same(String expected, String read) {
		return expected.equals(read) || expected.equalsIgnoreCase(read) && expected.matches("(?i)true|false")
				|| read.equals(expected + "T00:00:00");
	}

	private static List<List<String>> read(Path file, int headerRow) {
		List<List<String>> rows = new ArrayList<>();
		try (RowSource source = XlsxSources.open(file, XlsxSources.inspect(file).firstNonEmpty(), headerRow)) {
			source.forEachRemaining((row) -> rows.add(row.fields()));
		}
		return rows;
	}

	private static List<List<String>> csv(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			List<List<String>> records = new ArrayList<>();
			CsvReader.builder().ofCsvRecord(new StringReader(text)).forEach((r) -> records.add(r.getFields()));
			return records;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
