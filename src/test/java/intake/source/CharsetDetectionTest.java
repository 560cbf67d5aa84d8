package intake.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CharsetDetectionTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	static Stream<Arguments> boms() {
		return Stream.of(Arguments.of(bytes(0xEF, 0xBB, 0xBF, 'a', ',', 'b'), StandardCharsets.UTF_8),
				Arguments.of(bytes(0xFF, 0xFE, 0, 0, 'a', 0, 0, 0, ',', 0, 0, 0, 'b', 0, 0, 0),
						Charset.forName("UTF-32LE")),
				Arguments.of(bytes(0, 0, 0xFE, 0xFF, 0, 0, 0, 'a', 0, 0, 0, ',', 0, 0, 0, 'b'),
						Charset.forName("UTF-32BE")),
				Arguments.of(bytes(0xFF, 0xFE, 'a', 0, ',', 0, 'b', 0), StandardCharsets.UTF_16LE),
				Arguments.of(bytes(0xFE, 0xFF, 0, 'a', 0, ',', 0, 'b'), StandardCharsets.UTF_16BE));
	}

	@ParameterizedTest
	@MethodSource("boms")
	void byteOrderMarkDecidesWithFullConfidenceAndIsStripped(byte[] bytes, Charset expected) {
		Detection detection = detect(bytes);
		assertThat(detection.charset()).isEqualTo(expected);
		assertThat(detection.charsetConfidence()).isEqualTo(1.0);
		assertThat(detection.charsetGiven()).isFalse();
		assertThat(records(bytes, detection)).containsExactly(List.of("a", "b"));
	}

	static Stream<Arguments> nulPatterns() {
		String text = "name;city\nÅsa;Malmö\n";
		return Stream.of(Arguments.of(text.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE),
				Arguments.of(text.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE),
				Arguments.of(text.getBytes(Charset.forName("UTF-32LE")), Charset.forName("UTF-32LE")),
				Arguments.of(text.getBytes(Charset.forName("UTF-32BE")), Charset.forName("UTF-32BE")));
	}

	@ParameterizedTest
	@MethodSource("nulPatterns")
	void utf16And32WithoutBomAreRecognisedByTheirNulPattern(byte[] bytes, Charset expected) {
		Detection detection = detect(bytes);
		assertThat(detection.charset()).isEqualTo(expected);
		assertThat(records(bytes, detection)).containsExactly(List.of("name", "city"), List.of("Åsa", "Malmö"));
	}

	@Test
	void pureAsciiIsUtf8WithSlightlyLowerConfidence() {
		Detection detection = detect("a;b\n1;2\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(detection.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(detection.charsetConfidence()).isEqualTo(0.9);
	}

	@Test
	void validUtf8WithNonAsciiIsUtf8WithHighConfidence() {
		Detection detection = detect("namn;ort\nÅsa;Malmö\n".getBytes(StandardCharsets.UTF_8));
		assertThat(detection.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(detection.charsetConfidence()).isBetween(0.95, 1.0);
		assertThat(detection.warnings()).isEmpty();
	}

	@Test
	void oneInvalidByteDeepInTheFileMakesItWindows1252() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("name,city\n".getBytes(StandardCharsets.US_ASCII));
		while (out.size() < 4096) {
			out.writeBytes("Smith,Boston\n".getBytes(StandardCharsets.US_ASCII));
		}
		out.writeBytes(bytes(0xD5, 'a', 'k', 'm', 'a', 'n', ',', 'X', '\n'));
		Detection detection = detect(out.toByteArray());
		assertThat(detection.charset()).isEqualTo(WINDOWS_1252);
		assertThat(detection.charsetConfidence()).isEqualTo(0.8);
		assertThat(detection.warnings()).isEmpty();
		List<List<String>> records = records(out.toByteArray(), detection);
		assertThat(records.get(records.size() - 1)).containsExactly("Õakman", "X");
	}

	@Test
	void aUtf8SequenceSplitAcrossTheReadBufferStaysUtf8() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("a,b\n".getBytes(StandardCharsets.US_ASCII));
		while (out.size() < 64 * 1024 - 1) {
			out.write('x');
		}
		out.writeBytes("ø,1\n".getBytes(StandardCharsets.UTF_8)); // C3 at 65535, B8 at
																	// 65536
		Detection detection = detect(out.toByteArray());
		assertThat(detection.charset()).isEqualTo(StandardCharsets.UTF_8);
	}

	static Stream<byte[]> notUtf8() {
		return Stream.of(bytes('a', 0xC0, 0x80, '\n'), bytes('a', 0xED, 0xA0, 0x80, '\n'),
				bytes('a', 0xF4, 0x90, 0x80, 0x80, '\n'), bytes('a', 0xE5, '\n'), bytes('a', 0xC3));
	}

	@ParameterizedTest
	@MethodSource("notUtf8")
	void overlongSurrogateOutOfRangeAndTruncatedSequencesAreNotUtf8(byte[] bytes) {
		assertThat(detect(bytes).charset()).isEqualTo(WINDOWS_1252);
	}

	@Test
	void dosCodePageBytesLowerTheConfidenceAndWarn() {
		// "prøve på håndskrift" in IBM 865: ø = 9B, å = 86
		byte[] bytes = bytes('p', 'r', 0x9B, 'v', 'e', ';', 'p', 0x86, ';', 'h', 0x86, 'n', 'd', '\n');
		Detection detection = detect(bytes);
		assertThat(detection.charset()).isEqualTo(WINDOWS_1252);
		assertThat(detection.charsetConfidence()).isLessThanOrEqualTo(0.5);
		assertThat(detection.warnings()).anySatisfy((w) -> assertThat(w).contains("DOS code page", "IBM 865"));
	}

	@Test
	void windows1252NordicTextDoesNotLookLikeDos() {
		byte[] bytes = "Göteborg;Malmö;Århus;Øst;“citat”;don’t\n".getBytes(WINDOWS_1252);
		Detection detection = detect(bytes);
		assertThat(detection.charset()).isEqualTo(WINDOWS_1252);
		assertThat(detection.charsetConfidence()).isEqualTo(0.8);
		assertThat(detection.warnings()).noneMatch((w) -> w.contains("DOS"));
	}

	@Test
	void givenCharsetWinsAndABomIsStillStripped() {
		byte[] bytes = bytes(0xEF, 0xBB, 0xBF, 'n', 'a', 'm', 'n', '\n', 0xC5, 's', 'a', '\n');
		Detection detection = CsvSources.detect(bytes, Optional.of(WINDOWS_1252), Optional.empty());
		assertThat(detection.charset()).isEqualTo(WINDOWS_1252);
		assertThat(detection.charsetGiven()).isTrue();
		assertThat(detection.charsetConfidence()).isEqualTo(1.0);
		try (RowSource rows = CsvSources.open(bytes, detection, 1)) {
			assertThat(rows.header()).containsExactly("namn");
			assertThat(rows.next().fields()).containsExactly("Åsa");
		}
	}

	@Test
	void genericUtf16ChoiceFollowsTheBomEndianness() {
		byte[] bytes = bytes(0xFF, 0xFE, 'a', 0, '\n', 0, 'b', 0);
		Detection detection = CsvSources.detect(bytes, Optional.of(StandardCharsets.UTF_16), Optional.empty());
		assertThat(detection.charset()).isEqualTo(StandardCharsets.UTF_16LE);
		assertThat(records(bytes, detection)).containsExactly(List.of("a"), List.of("b"));
	}

	static Stream<byte[]> empty() {
		return Stream.of(new byte[0], bytes(0xEF, 0xBB, 0xBF), bytes(' ', '\r', '\n', '\t'),
				bytes(0xFF, 0xFE, ' ', 0, '\n', 0));
	}

	@ParameterizedTest
	@MethodSource("empty")
	void emptyFilesAreRefused(byte[] bytes) {
		assertProblem(bytes, SourceProblem.EMPTY_FILE, "empty", "no data");
	}

	@Test
	void workbooksAreRefusedWithAdviceToSaveAsCsv() {
		assertProblem(bytes('P', 'K', 3, 4, 0, 0), SourceProblem.UNSUPPORTED_FILE, "CSV");
		assertProblem(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), SourceProblem.UNSUPPORTED_FILE, "CSV");
		assertThatThrownBy(() -> detect(bytes('P', 'K', 3, 4))).hasMessageContaining("save the sheet as CSV");
	}

	static Stream<byte[]> binaries() {
		byte[] nuls = new byte[200];
		for (int i = 0; i < nuls.length; i++) {
			nuls[i] = (byte) ((i % 3 == 0) ? 0 : 'a');
		}
		byte[] controls = new byte[200];
		for (int i = 0; i < controls.length; i++) {
			controls[i] = (byte) ((i % 2 == 0) ? 0x01 : 'a');
		}
		return Stream.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A), bytes('%', 'P', 'D', 'F', '-', '1'),
				bytes('G', 'I', 'F', '8', '9', 'a'), bytes(0xFF, 0xD8, 0xFF, 0xE0), nuls, controls);
	}

	@ParameterizedTest
	@MethodSource("binaries")
	void binariesAreNotText(byte[] bytes) {
		assertProblem(bytes, SourceProblem.NOT_TEXT, "not a");
	}

	@Test
	void nulsInTextBehindAUtf16BomAreReportedAsAMismatchedBom() {
		byte[] bytes = bytes(0xFE, 0xFF, 0x22, 0, 0, 0, 'c', 0, 0, 0, 'o', 0, 0, 0, 'l', 0, 0, 0, 0x22, 0, 0, 0);
		assertProblem(bytes, SourceProblem.NOT_TEXT, "NUL characters", "BOM", "UTF-32");
	}

	@Test
	void aStrayNulIsStrippedWithAWarning() {
		byte[] bytes = bytes('a', ',', 'b', '\n', 'x', 0, 'y', ',', '2', '\n');
		Detection detection = detect(bytes);
		assertThat(detection.warnings()).anySatisfy((w) -> assertThat(w).contains("1 NUL character"));
		try (RowSource rows = CsvSources.open(bytes, detection, 1)) {
			SourceRow row = rows.next();
			assertThat(row.fields()).containsExactly("xy", "2");
			assertThat(row.warnings()).singleElement().asString().contains("Line 2", "NUL");
		}
	}

	@Test
	void aNulFarIntoTheFileIsStrippedOnItsLineOnly() {
		// the reader searches records for NULs only once one was read: the first comes
		// here after many read chunks, and the records after it are searched too
		StringBuilder text = new StringBuilder("name,n\n");
		for (int i = 0; i < 30_000; i++) {
			text.append("row").append(i).append(',').append(i).append('\n');
		}
		text.append("x\0y,late\n").append("clean,after\n").append("z\0\0,again\n");
		byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
		Detection detection = detect(bytes);
		try (RowSource rows = CsvSources.open(bytes, detection, 1)) {
			for (int i = 0; i < 30_000; i++) {
				assertThat(rows.next().warnings()).isEmpty();
			}
			SourceRow late = rows.next();
			assertThat(late.fields()).containsExactly("xy", "late");
			assertThat(late.warnings()).singleElement().asString().contains("Line 30002", "1 NUL character");
			assertThat(rows.next().warnings()).isEmpty();
			SourceRow again = rows.next();
			assertThat(again.fields()).containsExactly("z", "again");
			assertThat(again.warnings()).singleElement().asString().contains("Line 30004", "2 NUL characters");
		}
	}

	@Test
	void mixedLineEndingsOutsideQuotesWarn() {
		assertThat(detect("a,b\r\n1,2\n3,4\r\n".getBytes(StandardCharsets.US_ASCII)).warnings())
			.anySatisfy((w) -> assertThat(w).contains("mixes line endings"));
	}

	@Test
	void excelLineBreaksInsideQuotesDoNotCountAsMixedEndings() {
		assertThat(detect("a,b\r\n\"line1\nline2\",2\r\n".getBytes(StandardCharsets.US_ASCII)).warnings()).isEmpty();
	}

	private static void assertProblem(byte[] bytes, SourceProblem problem, String... messageParts) {
		assertThatThrownBy(() -> detect(bytes)).isInstanceOfSatisfying(SourceException.class, (ex) -> {
			assertThat(ex.problem()).isEqualTo(problem);
			assertThat(ex.getMessage()).containsAnyOf(messageParts);
		});
	}

	private static Detection detect(byte[] bytes) {
		return CsvSources.detect(bytes, Optional.empty(), Optional.empty());
	}

	static List<List<String>> records(byte[] bytes, Detection detection) {
		List<List<String>> records = new ArrayList<>();
		try (RowSource rows = CsvSources.open(bytes, detection, 0)) {
			rows.forEachRemaining((row) -> records.add(row.fields()));
		}
		return records;
	}

	static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
