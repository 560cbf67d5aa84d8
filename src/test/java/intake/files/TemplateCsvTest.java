package intake.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import intake.mapping.ColumnMapping;
import intake.mapping.ColumnMatch;
import intake.mapping.HeaderMatcher;
import intake.schema.FieldDef;
import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.source.CsvSources;
import intake.source.Detection;
import intake.source.RowSource;
import intake.source.SourceRow;
import intake.validate.ColumnProfiler;
import intake.validate.RowResult;
import intake.validate.RowValidator;
import intake.validate.TenantSettings;
import intake.validate.ValidationOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every import type's template reads back through Intake's own pipeline: detected as
 * UTF-8 with {@code ;}, every header maps to its own field with confidence 1.0, and the
 * example row converts for a Swedish tenant without errors or warnings.
 */
class TemplateCsvTest {

	static Stream<ImportType> types() {
		return ImportTypes.all().stream();
	}

	@Test
	void thereIsATemplateForEachOfTheThirteenTypes() {
		assertThat(types()).hasSize(13);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("types")
	void isUtf8WithBomSemicolonsAndCrlf(ImportType type) {
		byte[] bytes = TemplateCsv.of(type);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).endsWith("\r\n");
		assertThat(text.split("\r\n", -1)).hasSize(3);
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		assertThat(TemplateCsv.fileName(type)).isEqualTo(type.key() + "-template.csv");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("types")
	void readsBackWithEveryHeaderOnItsOwnFieldAndAnExampleRowWithoutProblems(ImportType type) {
		byte[] bytes = TemplateCsv.of(type);
		Detection detection = CsvSources.detect(bytes, Optional.empty(), Optional.empty());
		assertThat(detection.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(detection.delimiter()).isEqualTo(';');

		List<String> header;
		List<SourceRow> rows = new ArrayList<>();
		try (RowSource source = CsvSources.open(bytes, detection, CsvSources.DEFAULT_HEADER_ROW)) {
			header = source.header();
			source.forEachRemaining(rows::add);
		}
		assertThat(header).containsExactlyElementsOf(type.fields().stream().map(FieldDef::key).toList());
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.error()).isEmpty();
			assertThat(row.warnings()).isEmpty();
			assertThat(row.fields()).hasSameSizeAs(header).doesNotContain("");
		});

		ColumnMapping mapping = new HeaderMatcher(type).match(header);
		for (ColumnMatch column : mapping.columns()) {
			assertThat(column.field()).as("field of %s", column.header()).contains(column.header());
			assertThat(column.confidence()).as("confidence of %s", column.header()).isEqualTo(1.0);
		}
		assertThat(mapping.missingRequired(type)).isEmpty();

		ColumnProfiler profiler = new ColumnProfiler();
		profiler.accept(rows.get(0).fields());
		RowValidator validator = new RowValidator(type, mapping.fieldColumns(), profiler.profiles(),
				TenantSettings.defaults(), ValidationOptions.defaults());
		assertThat(validator.columnWarnings()).isEmpty();
		RowResult result = validator.validate(rows.get(0).line(), rows.get(0).fields());
		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.values().keySet()).containsAll(header);
	}

	@Test
	void quotesCellsHoldingTheDelimiter() {
		String text = new String(TemplateCsv.of(ImportTypes.get("companies")), StandardCharsets.UTF_8);
		assertThat(text).contains(";\"Ring före leverans; porten är låst\";");
	}

}
