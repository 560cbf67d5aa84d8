package intake.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import intake.schema.ImportType;
import intake.schema.ImportTypes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own table of header spellings beyond the conformance file
 * ({@code further-spellings.tsv}): Swedish, Norwegian and English, case and punctuation
 * variants, typos fuzzy matching catches, and headers that must stay unmapped.
 */
class FurtherSpellingsTest {

	static List<String[]> table() throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = FurtherSpellingsTest.class.getResourceAsStream("further-spellings.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("type\t")) {
					rows.add(line.split("\t", -1));
				}
			}
		}
		return rows;
	}

	static Stream<Arguments> rows() throws IOException {
		return table().stream().map((r) -> Arguments.of(r[0], r[1], r[2]));
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
		assertThat(matcher.match(row).fieldAt(row.size() - 1)).as("%s within %s", header, row).isEqualTo(want);
	}

	@Test
	void tableHasEnoughRowsAndUnmappedCases() throws IOException {
		List<String[]> rows = table();
		assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
		assertThat(rows.stream().filter((r) -> "-".equals(r[2]))).hasSizeGreaterThanOrEqualTo(8);
		assertThat(rows).allSatisfy((r) -> assertThat(r).hasSize(3));
	}

}
