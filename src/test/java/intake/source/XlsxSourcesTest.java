package intake.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import intake.support.TestWorkbook;
import intake.support.TestWorkbook.Formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Workbooks read as the user sees them in Excel, row by row.
 */
class XlsxSourcesTest {

	@TempDir
	Path dir;

	@Test
	void cellsReadAsExcelShowsThem() {
		Path file = write(TestWorkbook.create()
			.sheet("Data",
					List.of(row("Text", "Zero", "Float", "Int", "Big", "Date", "DateTime", "Bool", "Formula"),
							row("0123", "0", 0.1, 40, 41800000.009999998, LocalDate.of(2021, 1, 1),
									LocalDateTime.of(1971, 1, 1, 4, 14), true, new Formula("B2*2", 2468)),
							row("  spaced  ", -0.0, 1.27, -7, 1e15, LocalDate.of(1900, 3, 1),
									LocalDateTime.of(2024, 2, 29, 0, 0), false, new Formula("A3&\"x\"", "Åsa"))))
			.bytes());
		assertThat(Sources.format(file)).isEqualTo(SourceFormat.XLSX);
		List<List<String>> rows = rows(file, "Data", 1);
		assertThat(rows.get(0)).containsExactly("0123", "0", "0.1", "40", "41800000.01", "2021-01-01",
				"1971-01-01T04:14:00", "TRUE", "2468");
		assertThat(rows.get(1)).containsExactly("  spaced  ", "0", "1.27", "-7", "1000000000000000", "1900-03-01",
				"2024-02-29T00:00:00", "FALSE", "Åsa");
	}

	@Test
	void theNineteenOhFourDateSystemGivesTheSameDates() {
		List<List<Object>> sheet = List.of(row("Datum"), row(LocalDate.of(2021, 1, 1)),
				row(LocalDate.of(1999, 12, 31)));
		Path plain = write(TestWorkbook.create().sheet("S", sheet).bytes());
		Path old = write(TestWorkbook.create1904().sheet("S", sheet).bytes());
		assertThat(rows(plain, "S", 1)).containsExactly(List.of("2021-01-01"), List.of("1999-12-31"));
		assertThat(rows(old, "S", 1)).isEqualTo(rows(plain, "S", 1));
	}

	@Test
	void theFirstNonEmptySheetIsTheDefaultAndEverySheetIsListed() {
		Path file = write(TestWorkbook.create()
			.sheet("Tom", List.of())
			.sheet("Kunder", List.of(row("Namn"), row("Åkesson AB")))
			.sheet("Övrigt", List.of(row("x")))
			.bytes());
		XlsxSources.Workbook workbook = XlsxSources.inspect(file);
		assertThat(workbook.sheets()).containsExactly("Tom", "Kunder", "Övrigt");
		assertThat(workbook.firstNonEmpty()).isEqualTo("Kunder");
		assertThatThrownBy(() -> XlsxSources.open(file, "Saknas", 1)).isInstanceOf(SourceException.class)
			.hasMessageContaining("Tom, Kunder, Övrigt");
	}

	@Test
	void titleRowsAboveTheHeaderAreSkippedByTheGuess() {
		Path file = write(TestWorkbook.create()
			.sheet("S",
					Arrays.asList(row("Kundregister 2024"), null, row("Namn", "Kundnr", "Ort"),
							row("Åkesson AB", "0123", "Örebro"), row("Bäck & Co", 124, "Luleå")))
			.bytes());
		assertThat(XlsxSources.guessHeaderRow(file, "S")).isEqualTo(3);
		try (RowSource rows = XlsxSources.open(file, "S", 3)) {
			assertThat(rows.header()).containsExactly("Namn", "Kundnr", "Ort");
			assertThat(rows.headerLine()).isEqualTo(3);
			SourceRow first = rows.next();
			assertThat(first.line()).isEqualTo(4);
			assertThat(first.fields()).containsExactly("Åkesson AB", "0123", "Örebro");
		}
	}

	@Test
	void missingCellsAreEmptyAndAValueBeyondTheHeaderWidensIt() {
		Path file = write(TestWorkbook.create()
			.sheet("S", List.of(row("A", "B"), row("1"), Arrays.asList("x", null, "extra"), row("y", "z")))
			.bytes());
		try (RowSource rows = XlsxSources.open(file, "S", 1)) {
			assertThat(rows.header()).containsExactly("A", "B", "Column 3");
			assertThat(rows.next().fields()).containsExactly("1", "", "");
			assertThat(rows.next().fields()).containsExactly("x", "", "extra");
			assertThat(rows.next().fields()).containsExactly("y", "z", "");
			assertThat(rows.hasNext()).isFalse();
		}
	}

	@Test
	void withoutAHeaderColumnsAreNumbered() {
		Path file = write(TestWorkbook.create().sheet("S", List.of(row("a", "b"), row("c", "d", "e"))).bytes());
		try (RowSource rows = XlsxSources.open(file, "S", 0)) {
			assertThat(rows.header()).containsExactly("Column 1", "Column 2", "Column 3");
			assertThat(rows.headerLine()).isZero();
			assertThat(rows.next().fields()).containsExactly("a", "b", "");
		}
	}

	@Test
	void aBlankHeaderRowIsNoHeader() {
		Path file = write(TestWorkbook.create().sheet("S", Arrays.asList(row("Titel"), null, row("a", "b"))).bytes());
		assertThatThrownBy(() -> XlsxSources.open(file, "S", 2)).isInstanceOfSatisfying(SourceException.class,
				(ex) -> assertThat(ex.problem()).isEqualTo(SourceProblem.NO_HEADER));
	}

	@Test
	void aCsvTitleLineIsSkippedByTheGuessButAPlainFileKeepsLineOne() {
		Detection detection = new Detection(java.nio.charset.StandardCharsets.UTF_8, true, 1, ';', true, 1, List.of());
		Path titled = text("Export från Visma 2024-05-01\n\nNamn;Kundnr;Ort\nÅkesson AB;0123;Örebro\nBäck;124;Luleå\n");
		assertThat(CsvSources.guessHeaderRow(titled, detection)).isEqualTo(3);
		Path plain = text("Namn;Kundnr;Ort\nÅkesson AB;0123;Örebro\n");
		assertThat(CsvSources.guessHeaderRow(plain, detection)).isEqualTo(1);
		Path sparseHeader = text("Namn;;\nÅkesson AB;0123;Örebro\nBäck;124;Luleå\n");
		assertThat(CsvSources.guessHeaderRow(sparseHeader, detection)).as("data is no header").isEqualTo(1);
	}

	static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	static List<List<String>> rows(Path file, String sheet, int headerRow) {
		List<List<String>> rows = new ArrayList<>();
		try (RowSource source = XlsxSources.open(file, sheet, headerRow)) {
			source.forEachRemaining((row) -> rows.add(row.fields()));
		}
		return rows;
	}

	private Path write(byte[] bytes) {
		try {
			return Files.write(Files.createTempFile(this.dir, "book-", ".bin"), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path text(String content) {
		return write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
