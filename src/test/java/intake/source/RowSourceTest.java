package intake.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowSourceTest {

	@ParameterizedTest
	@ValueSource(strings = { "\n", "\r\n", "\r" })
	void lineNumbersArePhysicalLinesWhereTheRecordStarts(String br) {
		String text = "a,b" + br + "1,\"two" + br + "lines\"" + br + br + "3,4" + br;
		List<SourceRow> rows = rows(text, 1);
		assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 5L);
		assertThat(rows.get(0).fields()).containsExactly("1", "two" + br + "lines");
		assertThat(rows.get(1).fields()).containsExactly("3", "4");
	}

	@Test
	void quotedDelimitersDoubledQuotesAndMixedEndings() {
		List<SourceRow> rows = rows("a;b\r\n\"x;y\";\"say \"\"hi\"\"\"\n1;2\r3;4", 1);
		assertThat(rows).extracting(SourceRow::fields)
			.containsExactly(List.of("x;y", "say \"hi\""), List.of("1", "2"), List.of("3", "4"));
		assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L, 4L);
	}

	@Test
	void valuesAreNotTrimmedButHeaderCellsAreAndBlankOnesAreNamed() {
		try (RowSource source = open(" Name ;;\u00a0City\u00a0\n Alice ; x ;Oslo\n", 1)) {
			assertThat(source.header()).containsExactly("Name", "Column 2", "City");
			assertThat(source.headerLine()).isEqualTo(1);
			assertThat(source.next().fields()).containsExactly(" Alice ", " x ", "Oslo");
		}
	}

	@Test
	void fewerFieldsThanTheHeaderIsAnError() {
		SourceRow row = rows("a,b,c,d,e\n1,2,3\n", 1).get(0);
		assertThat(row.error())
			.hasValue("Line 2 has 3 fields but the header has 5; check for a missing delimiter or an unclosed quote.");
		assertThat(row.fields()).containsExactly("1", "2", "3");
	}

	@Test
	void aNonEmptySurplusFieldIsAnErrorNamingIt() {
		SourceRow row = rows("a,b\n1,2,oops\n", 1).get(0);
		assertThat(row.error()).hasValueSatisfying((e) -> assertThat(e).contains("Line 2 has 3 fields", "oops"));
	}

	@Test
	void surplusTrailingEmptyFieldsAreDroppedWithAWarning() {
		SourceRow row = rows("a;b;c\n1;2;3;;\n", 1).get(0);
		assertThat(row.error()).isEmpty();
		assertThat(row.fields()).containsExactly("1", "2", "3");
		assertThat(row.warnings()).singleElement().asString().contains("Line 2", "2 empty fields", "ignored");
	}

	@Test
	void anUnclosedQuoteAtTheEndIsARowErrorNotACrash() {
		List<SourceRow> rows = rows("a,b\n1,2\n3,\"never closed\n4,5\n", 1);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).error()).isEmpty();
		assertThat(rows.get(1).line()).isEqualTo(3);
		assertThat(rows.get(1).error()).hasValueSatisfying((e) -> assertThat(e).contains("Line 3", "never closed"));
	}

	@Test
	void aStrayQuoteInsideAValueDoesNotStopTheFile() {
		List<SourceRow> rows = rows("item,size\n\"5\" pipe,x\nnut,2\n", 1);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).fields()).containsExactly("5 pipe", "x");
		assertThat(rows.get(1).fields()).containsExactly("nut", "2");
	}

	@Test
	void headerRowSkipsTitleLines() {
		try (RowSource source = open("Export from CRM\nDate: today\nname,city\nAsa,Lund\n", 3)) {
			assertThat(source.header()).containsExactly("name", "city");
			assertThat(source.headerLine()).isEqualTo(3);
			SourceRow row = source.next();
			assertThat(row.line()).isEqualTo(4);
			assertThat(row.fields()).containsExactly("Asa", "Lund");
			assertThat(source.hasNext()).isFalse();
		}
	}

	@Test
	void blankOrMissingHeaderLineIsNoHeader() {
		assertThatThrownBy(() -> open("title\n\nname,city\n", 2))
			.isInstanceOfSatisfying(SourceException.class,
					(ex) -> assertThat(ex.problem()).isEqualTo(SourceProblem.NO_HEADER))
			.hasMessageContaining("Line 2");
		assertThatThrownBy(() -> open("name,city\n", 5)).isInstanceOfSatisfying(SourceException.class,
				(ex) -> assertThat(ex.problem()).isEqualTo(SourceProblem.NO_HEADER));
		assertThatThrownBy(() -> open(",,\n1,2,3\n", 1)).isInstanceOf(SourceException.class);
	}

	@Test
	void withoutAHeaderColumnsAreNamedByTheWidestRecordAndAllRecordsAreData() {
		try (RowSource source = open("1,2\n3,4,5\n6,7,8\n", 0)) {
			assertThat(source.header()).containsExactly("Column 1", "Column 2", "Column 3");
			assertThat(source.headerLine()).isZero();
			List<SourceRow> rows = new ArrayList<>();
			source.forEachRemaining(rows::add);
			assertThat(rows).extracting(SourceRow::line).containsExactly(1L, 2L, 3L);
			assertThat(rows.get(0).error()).isPresent();
			assertThat(rows.get(2).fields()).containsExactly("6", "7", "8");
		}
	}

	@Test
	void bomIsStrippedFromTheFirstHeaderCell() {
		byte[] bytes = "\uFEFFid,name\n1,x\n".getBytes(StandardCharsets.UTF_8);
		Detection detection = CsvSources.detect(bytes, Optional.empty(), Optional.empty());
		try (RowSource source = CsvSources.open(bytes, detection, 1)) {
			assertThat(source.header()).containsExactly("id", "name");
		}
	}

	private static RowSource open(String text, int headerRow) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		Detection detection = CsvSources.detect(bytes, Optional.empty(), Optional.empty());
		return CsvSources.open(bytes, detection, headerRow);
	}

	private static List<SourceRow> rows(String text, int headerRow) {
		List<SourceRow> rows = new ArrayList<>();
		try (RowSource source = open(text, headerRow)) {
			source.forEachRemaining(rows::add);
		}
		return rows;
	}

}
