package intake.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import intake.job.CsvOut;
import intake.schema.FieldDef;
import intake.schema.ImportType;
import intake.validate.ExampleRow;

/**
 * The downloadable template of an import type: UTF-8 with BOM, {@code ;} as delimiter,
 * CRLF line ends, a header row of the field keys in template order and one example row
 * ({@link ExampleRow}), cells quoted where they hold the delimiter, a quote or a line
 * break.
 */
final class TemplateCsv {

	private TemplateCsv() {
	}

	static byte[] of(ImportType type) {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			writer.write('\uFEFF');
			CsvOut csv = new CsvOut(writer, ';');
			csv.row(type.fields().stream().map(FieldDef::key).toList());
			csv.row(ExampleRow.of(type));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static String fileName(ImportType type) {
		return type.key() + "-template.csv";
	}

}
