package intake.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import intake.mapping.ColumnMapping;
import intake.mapping.ColumnMatch;
import intake.mapping.HeaderMatcher;
import intake.schema.FieldDef;
import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.source.RowSource;
import intake.source.SourceFormat;
import intake.source.SourceRow;
import intake.source.Sources;
import intake.source.XlsxSources;
import intake.validate.ColumnProfiler;
import intake.validate.ExampleRow;
import intake.validate.RowResult;
import intake.validate.RowValidator;
import intake.validate.TenantSettings;
import intake.validate.ValidationOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every import type's template.xlsx reads back through Intake's own XLSX reader: the
 * header maps with confidence 1.0, the example row equals the CSV template's and
 * validates without a problem, and every column is formatted as Text (numFmtId 49).
 */
class TemplateXlsxTest {

	@TempDir
	Path dir;

	static Stream<ImportType> types() {
		return ImportTypes.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("types")
	void readsBackWithEveryHeaderOnItsOwnFieldAndAnExampleRowWithoutProblems(ImportType type) throws IOException {
		Path file = Files.write(this.dir.resolve(TemplateXlsx.fileName(type)), TemplateXlsx.of(type));
		assertThat(Sources.format(file)).isEqualTo(SourceFormat.XLSX);
		XlsxSources.Workbook workbook = XlsxSources.inspect(file);
		assertThat(workbook.sheets()).containsExactly(type.key());
		assertThat(XlsxSources.guessHeaderRow(file, type.key())).isEqualTo(1);
		List<String> header;
		List<SourceRow> rows = new ArrayList<>();
		try (RowSource source = XlsxSources.open(file, type.key(), 1)) {
			header = source.header();
			source.forEachRemaining(rows::add);
		}
		assertThat(header).containsExactlyElementsOf(type.fields().stream().map(FieldDef::key).toList());
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.error()).isEmpty();
			assertThat(row.fields()).containsExactlyElementsOf(ExampleRow.of(type));
		});

		ColumnMapping mapping = new HeaderMatcher(type).match(header);
		for (ColumnMatch column : mapping.columns()) {
			assertThat(column.field()).as("field of %s", column.header()).contains(column.header());
			assertThat(column.confidence()).as("confidence of %s", column.header()).isEqualTo(1.0);
		}
		ColumnProfiler profiler = new ColumnProfiler();
		profiler.accept(rows.get(0).fields());
		RowValidator validator = new RowValidator(type, mapping.fieldColumns(), profiler.profiles(),
				TenantSettings.defaults(), ValidationOptions.defaults());
		RowResult result = validator.validate(rows.get(0).line(), rows.get(0).fields());
		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).isEmpty();

		String sheet = part(file, "xl/worksheets/sheet1.xml");
		String styles = part(file, "xl/styles.xml");
		assertThat(styles).contains("<xf numFmtId=\"49\"");
		assertThat(sheet).contains("<col min=\"1\" max=\"" + header.size() + "\"").contains("style=\"1\"");
		assertThat(sheet.split("<c ", -1)).hasSize(2 * header.size() + 1);
		assertThat(sheet).doesNotContain(" s=\"0\"");
	}

	private static String part(Path file, String name) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(name + " missing");
	}

}
