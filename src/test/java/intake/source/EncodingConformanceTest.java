package intake.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Encoding conformance (EXPECTED.md, "Encodings"): byte-order marks, the uchardet samples
 * of the Nordic and German languages, ICU's texts re-encoded, and Latin-1 files that are
 * not UTF-8.
 */
class EncodingConformanceTest {

	private static final List<List<String>> FOO = List.of(List.of("foo", "üÜß"), List.of("123", "456"));

	/** The uchardet languages Intake is judged on. */
	private static final Set<String> LANGUAGES = Set.of("sv", "no", "da", "fi", "de", "en");

	/** uchardet charset names (the sample's file name) as Java charsets. */
	private static final Map<String, String> JAVA_NAMES = Map.of("ascii", "US-ASCII", "ibm865", "IBM865", "iso-8859-1",
			"ISO-8859-1", "iso-8859-15", "ISO-8859-15", "utf-8", "UTF-8", "windows-1252", "windows-1252");

	/**
	 * Known limits of the chain (EXPECTED.md): DOS code page 865 is warned about, not
	 * decoded.
	 */
	private static final Set<String> DOS_SAMPLES = Set.of("test/no/ibm865.txt", "test/da/ibm865.txt");

	/** Known limits: ISO-8859-15 reads as windows-1252, its one € as ¤. */
	private static final Set<String> LATIN9_SAMPLES = Set.of("test/no/iso-8859-15.txt", "test/da/iso-8859-15.txt");

	/**
	 * Samples of these languages the chain cannot decode identically, with the reason.
	 * None so far: every other sample is ASCII, UTF-8, ISO-8859-1 or windows-1252.
	 */
	private static final Map<String, String> UNDECODABLE = Map.of();

	@Test
	void fastCsvBomFilesDecodeToTheSameRecords() {
		Path folder = Conformance.path("fastcsv/lib/src/intTest/resources");
		Map<String, Charset> files = Map.of("utf8_bom.csv", StandardCharsets.UTF_8, "utf8_nobom.csv",
				StandardCharsets.UTF_8, "utf16le_bom.csv", StandardCharsets.UTF_16LE, "utf16be_bom.csv",
				StandardCharsets.UTF_16BE, "utf32le_bom.csv", Charset.forName("UTF-32LE"), "utf32be_bom.csv",
				Charset.forName("UTF-32BE"));
		int cases = 0;
		for (Map.Entry<String, Charset> entry : files.entrySet()) {
			Path file = folder.resolve(entry.getKey());
			assertThat(Conformance.detect(file).charset()).as(entry.getKey()).isEqualTo(entry.getValue());
			assertThat(Conformance.records(file)).as(entry.getKey()).isEqualTo(FOO);
			cases++;
		}
		assertThat(cases).isEqualTo(6);
	}

	@Test
	void salesforceBomFilesGiveTheRecordsOfThePlainFile() {
		Path folder = Conformance.path("salesforce-dataloader/src/test/resources/testfiles/data");
		List<List<String>> expected = Conformance.records(folder.resolve("csvtext.csv"));
		assertThat(expected).hasSize(3).first().isEqualTo(List.of("column1", "column2", "column3"));
		int cases = 0;
		for (String name : List.of("csvtext_BOM_UTF8.csv", "csvtext_BOM_UTF16LE.csv", "csvtext_BOM_UTF16BE.csv")) {
			Detection detection = Conformance.detect(folder.resolve(name));
			assertThat(detection.charsetConfidence()).as(name).isEqualTo(1.0);
			assertThat(Conformance.records(folder.resolve(name))).as(name).isEqualTo(expected);
			cases++;
		}
		assertThat(cases).isEqualTo(3);
	}

	@Test
	void salesforceUtf16BomOverUtf32DataIsRefusedAsNotText() {
		Path folder = Conformance.path("salesforce-dataloader/src/test/resources/testfiles/data");
		int cases = 0;
		for (String name : List.of("csvtext_BOM_UTF32LE.csv", "csvtext_BOM_UTF32BE.csv")) {
			assertThatThrownBy(() -> Conformance.detect(folder.resolve(name))).as(name)
				.isInstanceOfSatisfying(SourceException.class,
						(ex) -> assertThat(ex.problem()).isEqualTo(SourceProblem.NOT_TEXT))
				.hasMessageContaining("NUL characters")
				.hasMessageContaining("does not match")
				.hasMessageContaining("UTF-32");
			cases++;
		}
		assertThat(cases).isEqualTo(2);
	}

	@Test
	void openRefineUtf16FilesAreTabSeparatedTables() {
		Path folder = Conformance.path("openrefine/main/tests/data");
		Map<String, Charset> files = Map.of("example-utf16le-bom.tsv", StandardCharsets.UTF_16LE,
				"example-utf16be-bom.tsv", StandardCharsets.UTF_16BE);
		for (Map.Entry<String, Charset> entry : files.entrySet()) {
			Path file = folder.resolve(entry.getKey());
			Detection detection = Conformance.detect(file);
			assertThat(detection.charset()).isEqualTo(entry.getValue());
			assertThat(detection.delimiter()).isEqualTo('\t');
			// Data rows end with a TAB (an empty 12th field): normalised to 11 with a
			// warning.
			try (RowSource rows = CsvSources.open(file, detection, 1)) {
				assertThat(rows.header()).hasSize(11).startsWith("Start", "End", "Country");
				List<SourceRow> data = new ArrayList<>();
				rows.forEachRemaining(data::add);
				assertThat(data).as(entry.getKey()).hasSize(2).allSatisfy((row) -> {
					assertThat(row.fields()).hasSize(11);
					assertThat(row.error()).isEmpty();
					assertThat(row.warnings()).singleElement().asString().contains("trailing delimiter");
				});
				assertThat(data.get(0).fields()).startsWith("02042003", "05042003", "Algeria");
			}
		}
	}

	@Test
	void nodeCsvUtf16LeBomWindowsFile() {
		Path file = Conformance.path("node-csv/demo/issues-esm/lib/365-utf16le-bom-windows.csv");
		Detection detection = Conformance.detect(file);
		assertThat(detection.charset()).isEqualTo(StandardCharsets.UTF_16LE);
		assertThat(detection.delimiter()).isEqualTo(',');
		assertThat(Conformance.records(file)).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
	}

	@Test
	void uchardetSamplesDecodeToTheTextOfTheirTrueCharset() throws IOException {
		Path root = Conformance.path("uchardet");
		List<String> failures = new ArrayList<>();
		int cases = 0;
		for (String line : Files.readAllLines(root.resolve("EXPECTED.derived.tsv"))) {
			String[] columns = line.split("\t");
			if (line.startsWith("#") || columns[0].equals("path") || !LANGUAGES.contains(columns[2])) {
				continue;
			}
			String path = columns[0];
			cases++;
			Path file = root.resolve(path);
			Detection detection = Conformance.detect(file);
			String truth = Conformance.decoded(file, JAVA_NAMES.get(columns[1]));
			String ours = Conformance.decoded(file, detection.charset().name());
			boolean dosWarning = detection.warnings().stream().anyMatch((w) -> w.contains("DOS code page"));
			if (DOS_SAMPLES.contains(path)) {
				assertThat(dosWarning).as(path).isTrue();
				assertThat(detection.charsetConfidence()).as(path).isLessThanOrEqualTo(0.5);
				continue;
			}
			assertThat(dosWarning).as(path + " must not warn about DOS").isFalse();
			if (LATIN9_SAMPLES.contains(path)) {
				assertThat(detection.charset().name()).isEqualTo("windows-1252");
				assertThat(truth).as(path).contains("€");
				assertThat(ours).as(path).isEqualTo(truth.replace('€', '¤'));
				continue;
			}
			if (UNDECODABLE.containsKey(path)) {
				continue;
			}
			if (!ours.equals(truth)) {
				failures.add(path + " read as " + detection.charset());
			}
		}
		assertThat(failures).isEmpty();
		assertThat(cases).isEqualTo(20);
	}

	@Test
	void icuTextsComeBackInEveryEncoding() throws Exception {
		Path file = Conformance
			.path("icu4j/main/tests/core/src/com/ibm/icu/dev/test/charsetdet/CharsetDetectionTests.xml");
		Set<String> ids = Set.of("IUC10-sv", "IUC10-da", "IUC10-da-Q", "IUC10-no-NO", "IUC10-no-NO-NY", "IUC10-de",
				"IUC10-en");
		Charset windows1252 = Charset.forName("windows-1252");
		int texts = 0;
		int cases = 0;
		NodeList testCases;
		try (InputStream in = Files.newInputStream(file)) {
			testCases = DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(in)
				.getElementsByTagName("test-case");
		}
		for (int i = 0; i < testCases.getLength(); i++) {
			Element element = (Element) testCases.item(i);
			if (!ids.contains(element.getAttribute("id"))) {
				continue;
			}
			texts++;
			String text = element.getTextContent();
			List<byte[]> encodings = new ArrayList<>();
			encodings.add(text.getBytes(StandardCharsets.UTF_8));
			if (windows1252.newEncoder().canEncode(text)) {
				encodings.add(text.getBytes(windows1252));
			}
			byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
			byte[] withBom = new byte[utf16.length + 2];
			withBom[0] = (byte) 0xFF;
			withBom[1] = (byte) 0xFE;
			System.arraycopy(utf16, 0, withBom, 2, utf16.length);
			encodings.add(withBom);
			for (byte[] bytes : encodings) {
				Detection detection = CsvSources.detect(bytes, Optional.empty(), Optional.empty());
				String decoded = new String(bytes, detection.charset());
				assertThat(decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded)
					.as(element.getAttribute("id") + " as " + detection.charset())
					.isEqualTo(text);
				cases++;
			}
		}
		assertThat(texts).isEqualTo(7);
		assertThat(cases).isEqualTo(21);
	}

	@Test
	void latinFilesThatAreNotUtf8ReadAsWindows1252() {
		List<String> paths = List.of("rust-csv/examples/data/uspop-latin1.csv",
				"csvlint/features/fixtures/invalid-byte-sequence.csv",
				"juniversalchardet/src/test/resources/bug20-example-latin.txt");
		StringBuilder all = new StringBuilder();
		for (String path : paths) {
			Path file = Conformance.path(path);
			Detection detection = Conformance.detect(file);
			assertThat(detection.charset().name()).as(path).isEqualTo("windows-1252");
			assertThat(detection.warnings()).as(path).noneMatch((w) -> w.contains("DOS"));
			String text = String.join("\n",
					Conformance.rawRecords(file).stream().map((r) -> String.join("|", r.fields())).toList());
			assertThat(text).as(path).doesNotContain("\uFFFD").isNotEmpty();
			all.append(text);
		}
		assertThat(all.toString()).contains("Õakman");
	}

}
