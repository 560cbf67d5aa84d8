package intake.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV syntax conformance (EXPECTED.md, "CSV syntax"): csv-spectrum, the FastCSV spec
 * files, Commons CSV's test.csv, univocity's line-ending variants and the csvkit,
 * node-csv and csvlint edge files, all read through Intake's reader layer.
 */
class CsvSyntaxConformanceTest {

	private static final String SPEC = "fastcsv/lib/src/intTest/resources/spec";

	/**
	 * FastCSV spec cases for settings Intake deliberately does not offer, with the
	 * reason. Whole files are keyed by file name, single checks by check id (and
	 * line-break variant where only one variant depends on the setting).
	 */
	private static final Map<String, String> NOT_OFFERED = Map.of("comments-read.yaml",
			"Intake has no comment lines: a leading # is data (a CRM export may start a value with #)",
			"comments-skip.yaml",
			"Intake has no comment lines: a leading # is data (a CRM export may start a value with #)", "line-breaks-3",
			"Intake always skips blank lines; the spec's default keeps them as empty records");

	@Test
	void csvSpectrumFilesGiveTheJsonRecords() throws IOException {
		Path csvs = Conformance.path("csv-spectrum/csvs");
		JsonMapper json = JsonMapper.builder().build();
		int cases = 0;
		try (Stream<Path> files = Files.list(csvs)) {
			for (Path csv : files.sorted().toList()) {
				String name = csv.getFileName().toString();
				if (name.equals("location_coordinates.csv")) {
					continue; // known bad upstream (EXPECTED.md)
				}
				Path expectedFile = csvs.resolveSibling("json").resolve(name.replace(".csv", ".json"));
				List<LinkedHashMap<String, String>> expected = json.readValue(expectedFile.toFile(),
						new TypeReference<List<LinkedHashMap<String, String>>>() {
						});
				Detection detection = Conformance.detect(csv);
				assertThat(detection.delimiter()).as(name).isEqualTo(',');
				List<Map<String, String>> actual = new ArrayList<>();
				try (RowSource rows = CsvSources.open(csv, detection, 1)) {
					rows.forEachRemaining((row) -> {
						assertThat(row.error()).as(name + " line " + row.line()).isEmpty();
						Map<String, String> record = new LinkedHashMap<>();
						for (int i = 0; i < rows.header().size(); i++) {
							record.put(rows.header().get(i), row.fields().get(i));
						}
						actual.add(record);
					});
				}
				assertThat(actual).as(name).isEqualTo(expected);
				cases++;
			}
		}
		assertThat(cases).isEqualTo(11);
	}

	@Test
	void fastCsvSpecChecksPassThroughTheRecordLayer() throws IOException {
		Path specs = Conformance.path(SPEC);
		int ran = 0;
		int notOffered = 0;
		List<String> failures = new ArrayList<>();
		try (Stream<Path> files = Files.list(specs)) {
			for (Path file : files.sorted().toList()) {
				Map<String, Object> spec = yaml(file);
				String fileName = file.getFileName().toString();
				Map<String, Object> settings = map(spec.getOrDefault("settings", Map.of()));
				boolean exceptionAllowed = Boolean.TRUE.equals(settings.get("exceptionAllowed"));
				for (Object item : list(spec.get("checks"))) {
					Map<String, Object> check = map(item);
					String id = (String) check.get("id");
					List<List<String>> template = records(check.get("records"));
					String rawInput = (String) check.get("input");
					for (String lineBreak : lineBreaks(rawInput)) {
						String input = expand(rawInput, lineBreak);
						List<List<String>> expected = template.stream()
							.map((r) -> r.stream().map((f) -> expand(f, lineBreak)).toList())
							.toList();
						if (NOT_OFFERED.containsKey(fileName) || NOT_OFFERED.containsKey(id)) {
							notOffered++;
							continue;
						}
						ran++;
						List<RawRecord> actual = read(input);
						boolean errored = actual.stream().anyMatch((r) -> r.error().isPresent());
						List<List<String>> fields = actual.stream().map(RawRecord::fields).toList();
						if (!(fields.equals(expected) && !errored) && !(exceptionAllowed && errored)) {
							failures.add(id + " " + printable(input) + ": expected " + expected + " but got " + fields
									+ (errored ? " with an error" : ""));
						}
					}
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(ran).isEqualTo(69);
		assertThat(notOffered).isEqualTo(39);
	}

	@Test
	void commonsCsvTestFileGivesItsExpectedRecords() throws IOException {
		Path folder = Conformance.path("commons-csv/src/test/resources/org/apache/commons/csv/CSVFileParser");
		List<String> actual = Conformance.rawRecords(folder.resolve("test.csv"))
			.stream()
			.map((r) -> r.fields().size() + ":" + r.fields().toString())
			.toList();
		// Commons drops the space after a closing quote (" l " ), Intake keeps text after
		// a
		// closing quote as FastCSV's lenient mode does; the validation layer trims
		// values.
		String keptSpace = "4:[ i ,  \" j \" ,  \" k \",  l  ]";
		String commonsLine = "4:[ i ,  \" j \" ,  \" k \",  l ]";
		List<String> rfc4180 = expectations(folder.resolve("test_rfc4180.txt"));
		List<String> defaults = expectations(folder.resolve("test_default.txt"));
		// Intake always skips blank lines: test_rfc4180 keeps them as 1:[] records.
		List<String> rfc4180WithoutBlankLines = rfc4180.stream().filter((r) -> !r.equals("1:[]")).toList();
		assertThat(rfc4180).hasSize(16);
		assertThat(defaults).hasSize(13);
		for (List<String> expected : List.of(rfc4180WithoutBlankLines, defaults)) {
			assertThat(actual).containsExactlyElementsOf(
					expected.stream().map((r) -> r.equals(commonsLine) ? keptSpace : r).toList());
		}
	}

	@Test
	void univocityLfCrlfAndCrOnlyGiveIdenticalRecords() {
		Path folder = Conformance.path("univocity/src/test/resources/csv");
		List<RawRecord> lf = Conformance.rawRecords(folder.resolve("essential.csv"));
		List<RawRecord> dos = Conformance.rawRecords(folder.resolve("essential-dos.csv"));
		List<RawRecord> mac = Conformance.rawRecords(folder.resolve("essential-mac.csv"));
		List<List<String>> expected = lf.stream().map(RawRecord::fields).toList();
		assertThat(expected).hasSize(20);
		assertThat(expected.get(1)).containsExactly("Year", "Make", "Model", "Description", "Price");
		assertThat(expected.get(5)).containsExactly("1996", "Jeep", "Grand Cherokee",
				"MUST SELL!\nair, moon roof, loaded", "4799.00");
		assertThat(dos.stream().map(RawRecord::fields).map(this::unifyBreaks).toList()).isEqualTo(expected);
		assertThat(mac.stream().map(RawRecord::fields).map(this::unifyBreaks).toList()).isEqualTo(expected);
		assertThat(lf.stream().map(RawRecord::line).toList()).isEqualTo(mac.stream().map(RawRecord::line).toList())
			.isEqualTo(dos.stream().map(RawRecord::line).toList());
	}

	@Test
	void csvkitBadCsvGivesRowErrorsNeverShiftedFields() {
		Path file = Conformance.path("csvkit/examples/bad.csv");
		try (RowSource rows = CsvSources.open(file, Conformance.detect(file), 1)) {
			assertThat(rows.header()).containsExactly("column_a", "column_b", "column_c");
			List<SourceRow> all = new ArrayList<>();
			rows.forEachRemaining(all::add);
			assertThat(all).hasSize(3);
			assertThat(all.get(0).line()).isEqualTo(2);
			assertThat(all.get(0).error())
				.hasValueSatisfying((e) -> assertThat(e).contains("Line 2", "4 fields").contains("I'm too long!"));
			assertThat(all.get(1).line()).isEqualTo(3);
			assertThat(all.get(1).error()).hasValueSatisfying((e) -> assertThat(e).contains("Line 3 has 2 fields"));
			assertThat(all.get(2).error()).isEmpty();
			assertThat(all.get(2).fields()).containsExactly("0", "mixed types.... uh oh", "17");
		}
	}

	@Test
	void nodeCsv411TrailingEmptyFieldIsToleratedWithAWarning() {
		Path file = Conformance.path("node-csv/demo/issues-esm/lib/411.csv");
		Detection detection = Conformance.detect(file);
		assertThat(detection.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(detection.charsetConfidence()).isEqualTo(1.0);
		try (RowSource rows = CsvSources.open(file, detection, 1)) {
			assertThat(rows.header()).containsExactly("id", "first_name", "last_name", "email", "modified_at");
			List<SourceRow> all = new ArrayList<>();
			rows.forEachRemaining(all::add);
			assertThat(all).allSatisfy((row) -> assertThat(row.error()).isEmpty());
			assertThat(all).allSatisfy((row) -> assertThat(row.fields()).hasSize(5));
			SourceRow kylie = all.get(1);
			assertThat(kylie.fields()).containsExactly("2", "Kylie", "Lauderdale", "klauderdale1@wsj.com",
					"2022-02-14");
			assertThat(kylie.warnings()).singleElement().asString().contains("Line 3", "trailing delimiter");
			assertThat(all.get(0).warnings()).isEmpty();
		}
	}

	@Test
	void csvkitNullByteIsStrippedWithAWarning() {
		Path file = Conformance.path("csvkit/examples/null_byte.csv");
		Detection detection = Conformance.detect(file);
		assertThat(detection.warnings()).anySatisfy((w) -> assertThat(w).contains("NUL"));
		try (RowSource rows = CsvSources.open(file, detection, 1)) {
			SourceRow row = rows.next();
			assertThat(row.fields()).containsExactly("", "2", "3");
			assertThat(row.warnings()).singleElement().asString().contains("NUL");
			assertThat(row.error()).isEmpty();
			assertThat(rows.hasNext()).isFalse();
		}
	}

	@Test
	void csvlintInconsistentLineEndingsImportWithAWarning() {
		Path file = Conformance.path("csvlint/features/fixtures/inconsistent-line-endings.csv");
		Detection detection = Conformance.detect(file);
		assertThat(detection.warnings()).anySatisfy((w) -> assertThat(w).contains("mixes line endings", "CRLF", "LF"));
		assertThat(Conformance.records(file)).containsExactly(List.of("Foo", "Bsr", "Baz"),
				List.of("Biff", "Baff", "Boff"), List.of("Qux", "Teaspoon", "Doge"));
	}

	private List<String> unifyBreaks(List<String> fields) {
		return fields.stream().map((f) -> f.replace("\r\n", "\n").replace('\r', '\n')).toList();
	}

	private static List<String> expectations(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> Pattern.matches("\\d+:\\[.*", line))
			.toList();
	}

	private static List<RawRecord> read(String input) {
		List<RawRecord> records = new ArrayList<>();
		try (RecordReader reader = CsvSources.records(new StringReader(input), ',')) {
			reader.forEachRemaining(records::add);
		}
		return records;
	}

	/** The line breaks a check runs with: all three when it uses ⏎, else one. */
	static List<String> lineBreaks(String input) {
		return input.contains("⏎") ? List.of("\r", "\n", "\r\n") : List.of("\n");
	}

	/** Expands the spec's symbols (␍ ␊ ␤ ␠, and ⏎ as {@code lineBreak}). */
	static String expand(String text, String lineBreak) {
		return text.replace("␍", "\r")
			.replace("␊", "\n")
			.replace("␤", "\r\n")
			.replace("␠", " ")
			.replace("⏎", lineBreak);
	}

	private static String printable(String input) {
		return input.replace("\r", "\\r").replace("\n", "\\n");
	}

	private static Map<String, Object> yaml(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return map(new Yaml().load(in));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private static List<?> list(Object value) {
		return (List<?>) value;
	}

	private static List<List<String>> records(Object value) {
		List<List<String>> records = new ArrayList<>();
		for (Object record : list(value)) {
			records.add(list(record).stream().map((f) -> (f != null) ? f.toString() : "").toList());
		}
		return records;
	}

}
