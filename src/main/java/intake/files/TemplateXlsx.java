package intake.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import intake.schema.FieldDef;
import intake.schema.ImportType;
import intake.validate.ExampleRow;

/**
 * The template of an import type as an Excel workbook: one sheet named after the type, a
 * header row of the field keys and the example row of {@link TemplateCsv}, every column
 * formatted as Text ({@code @}, numFmtId 49) — the cells written and the columns' empty
 * cells alike — so Excel never drops a leading zero or turns a number into a date. Inline
 * strings, no shared-strings part.
 */
public final class TemplateXlsx {

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
			<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
			<Default Extension="xml" ContentType="application/xml"/>\
			<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
			<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
			<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
			</Types>""";

	private static final String ROOT_RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
			<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
			</Relationships>""";

	private static final String WORKBOOK_RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
			<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
			<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
			</Relationships>""";

	/** Style 0 is General (required first); style 1 is Text, numFmtId 49. */
	private static final String STYLES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
			<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
			<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
			<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
			<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
			<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
			<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
			<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>\
			<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
			</styleSheet>""";

	private TemplateXlsx() {
	}

	public static byte[] of(ImportType type) {
		List<String> keys = type.fields().stream().map(FieldDef::key).toList();
		String sheetName = type.key().length() > 31 ? type.key().substring(0, 31) : type.key();
		String workbook = """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
				xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
				<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheetName));
		StringBuilder sheet = new StringBuilder(4096);
		sheet.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
			.append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
			.append("<cols><col min=\"1\" max=\"")
			.append(keys.size())
			.append("\" width=\"20\" style=\"1\" customWidth=\"1\"/></cols><sheetData>");
		row(sheet, 1, keys, 2);
		row(sheet, 2, ExampleRow.of(type), 1);
		sheet.append("</sheetData></worksheet>");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			part(zip, "[Content_Types].xml", CONTENT_TYPES);
			part(zip, "_rels/.rels", ROOT_RELS);
			part(zip, "xl/workbook.xml", workbook);
			part(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
			part(zip, "xl/styles.xml", STYLES);
			part(zip, "xl/worksheets/sheet1.xml", sheet.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static String fileName(ImportType type) {
		return type.key() + "-template.xlsx";
	}

	private static void row(StringBuilder sheet, int number, List<String> cells, int style) {
		sheet.append("<row r=\"").append(number).append("\">");
		for (int i = 0; i < cells.size(); i++) {
			sheet.append("<c r=\"")
				.append(column(i))
				.append(number)
				.append("\" s=\"")
				.append(style)
				.append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
				.append(escape(cells.get(i)))
				.append("</t></is></c>");
		}
		sheet.append("</row>");
	}

	private static String column(int index) {
		StringBuilder name = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}

	/**
	 * XML text escaping; an underscore that would read as an {@code _xHHHH_} escape is
	 * escaped itself.
	 */
	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '_' -> out.append(text.startsWith("_x", i) ? "_x005F_" : "_");
				default -> {
					if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
						out.append(String.format("_x%04X_", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static void part(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
