package intake.mapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import intake.schema.ImportType;
import intake.schema.ImportTypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every row of {@code ../shared/conformance/header-spellings.tsv}: the header alone, and
 * within a realistic full header row of its type, maps to the expected field, or stays
 * unmapped for "-". Missing file: a failure under {@code CI=true}, else skipped.
 */
class HeaderSpellingsTest {

	static final Path FILE = Path.of("..", "shared", "conformance", "header-spellings.tsv");

	/**
	 * Data rows in the file (comment and column-name lines excluded), counted from the
	 * file: 109 lines = 2 comments + 1 column-name line + 106 rows.
	 */
	static final int EXPECTED_ROWS = 106;

	private static final List<String> RUN = new ArrayList<>();

	static Stream<Arguments> rows() throws IOException {
		if (!Files.isRegularFile(FILE)) {
			String message = "Conformance file " + FILE.toAbsolutePath().normalize() + " is missing";
			if ("true".equals(System.getenv("CI"))) {
				fail(message);
			}
			Assumptions.abort(message + "; skipping (set CI=true to fail instead)");
		}
		List<Arguments> rows = new ArrayList<>();
		for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("type\t")) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			assertThat(cells).as("row %s", line).hasSize(3);
			rows.add(Arguments.of(cells[0], cells[1], cells[2]));
		}
		assertThat(rows).as("data rows in %s", FILE).hasSize(EXPECTED_ROWS);
		return rows.stream();
	}

	@ParameterizedTest(name = "{0}: {1} -> {2}")
	@MethodSource("rows")
	void headerMapsToExpectedField(String typeKey, String header, String expected) {
		ImportType type = ImportTypes.find(typeKey).orElseThrow();
		Optional<String> want = "-".equals(expected) ? Optional.empty() : Optional.of(expected);
		HeaderMatcher matcher = new HeaderMatcher(type);

		ColumnMatch alone = matcher.match(List.of(header)).columns().get(0);
		assertThat(alone.field()).as("%s alone", header).isEqualTo(want);

		List<String> row = RealisticHeaders.rowWith(typeKey, header, want);
		ColumnMapping mapping = matcher.match(row);
		assertThat(mapping.fieldAt(row.indexOf(header))).as("%s within %s", header, row).isEqualTo(want);
		RealisticHeaders.of(typeKey).forEach((other, field) -> {
			if (row.contains(other)) {
				assertThat(mapping.fieldAt(row.indexOf(other))).as("%s beside %s", other, header).contains(field);
			}
		});
		synchronized (RUN) {
			RUN.add(header);
		}
	}

	@AfterAll
	static void everyRowRan() {
		if (Files.isRegularFile(FILE)) {
			assertThat(RUN).as("rows run").hasSize(EXPECTED_ROWS);
		}
	}

}
