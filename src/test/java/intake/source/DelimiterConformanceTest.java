package intake.source;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delimiter conformance (EXPECTED.md, "Delimiters"); csv-spectrum's commas are asserted
 * in {@link CsvSyntaxConformanceTest}.
 */
class DelimiterConformanceTest {

	@Test
	void sniffsTheDelimiterOfEachFile() {
		Map<String, Character> expected = new TreeMap<>();
		expected.put("frappe/frappe/core/doctype/data_import/fixtures/sample_import_file_semicolon.csv", ';');
		expected.put("csvkit/examples/sniff_limit.csv", ';');
		expected.put("univocity/src/test/resources/examples/european.csv", ';');
		expected.put("rust-csv/examples/data/smallpop-colon.csv", ':');
		expected.put("openrefine/main/tests/data/example-utf16le-bom.tsv", '\t');
		expected.put("openrefine/main/tests/data/example-utf16be-bom.tsv", '\t');
		expected.put("node-csv/demo/issues-esm/lib/365-utf16le-bom-windows.csv", ',');
		int cases = 0;
		for (Map.Entry<String, Character> entry : expected.entrySet()) {
			Path file = Conformance.path(entry.getKey());
			Detection detection = Conformance.detect(file);
			assertThat(detection.delimiter()).as(entry.getKey()).isEqualTo(entry.getValue());
			assertThat(detection.delimiterGiven()).isFalse();
			assertThat(detection.delimiterConfidence()).as(entry.getKey()).isGreaterThan(0.5);
			cases++;
		}
		assertThat(cases).isEqualTo(7);
	}

}
