package intake.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small .xlsx workbooks by hand, the way Excel stores them: strings in a shared
 * strings part, numbers as {@code <v>}, dates as serial numbers with a date style,
 * booleans as {@code t="b"}, formulas with their cached value. Rows are lists of cells:
 * String, Number, Boolean, LocalDate, LocalDateTime, {@link Formula}, or null for none.
 */
public final class TestWorkbook {

	/** A formula with the value Excel cached for it. */
	public record Formula(String expression, Object cached) {
	}

	private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

	private final boolean date1904;

	private TestWorkbook(boolean date1904) {
		this.date1904 = date1904;
	}

	public static TestWorkbook create() {
		return new TestWorkbook(false);
	}

	public static TestWorkbook create1904() {
		return new TestWorkbook(true);
	}

	public TestWorkbook sheet(String name, List<List<Object>> rows) {
		this.sheets.put(name, rows);
		return this;
	}

	public byte[] bytes() {
		List<String> strings = new ArrayList<>();
		Map<String, Integer> index = new LinkedHashMap<>();
		List<String> sheetXml = new ArrayList<>();
		for (List<List<Object>> rows : this.sheets.values()) {
			sheetXml.add(sheet(rows, strings, index));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			StringBuilder types = new StringBuilder(
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
							+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
							+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
							+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
							+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
			StringBuilder workbook = new StringBuilder(
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
							+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
							+ (this.date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>");
			StringBuilder rels = new StringBuilder(
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
			int n = 1;
			for (String name : this.sheets.keySet()) {
				types.append("<Override PartName=\"/xl/worksheets/sheet")
					.append(n)
					.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
				workbook.append("<sheet name=\"")
					.append(escape(name))
					.append("\" sheetId=\"")
					.append(n)
					.append("\" r:id=\"rId")
					.append(n)
					.append("\"/>");
				rels.append("<Relationship Id=\"rId")
					.append(n)
					.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
					.append(n)
					.append(".xml\"/>");
				n++;
			}
			rels.append(
					"<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
							+ "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
							+ "</Relationships>");
			put(zip, "[Content_Types].xml", types.append("</Types>").toString());
			put(zip, "_rels/.rels",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
			put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
			put(zip, "xl/styles.xml", STYLES);
			StringBuilder sst = new StringBuilder(
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
							+ strings.size() + "\" uniqueCount=\"" + strings.size() + "\">");
			for (String s : strings) {
				sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
			}
			put(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
			for (int i = 0; i < sheetXml.size(); i++) {
				put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheetXml.get(i));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Styles: 0 General, 1 a date (14), 2 date and time (22), 3 text (49), 4 percent
	 * (10).
	 */
	private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
			+ "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
			+ "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
			+ "<borders count=\"1\"><border/></borders>"
			+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
			+ "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
			+ "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
			+ "<xf numFmtId=\"22\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
			+ "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
			+ "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
			+ "</styleSheet>";

	private String sheet(List<List<Object>> rows, List<String> strings, Map<String, Integer> index) {
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		for (int r = 0; r < rows.size(); r++) {
			List<Object> row = rows.get(r);
			if (row == null || row.isEmpty()) {
				continue;
			}
			xml.append("<row r=\"").append(r + 1).append("\">");
			for (int c = 0; c < row.size(); c++) {
				Object value = row.get(c);
				if (value != null) {
					xml.append(cell(column(c) + (r + 1), value, strings, index));
				}
			}
			xml.append("</row>");
		}
		return xml.append("</sheetData></worksheet>").toString();
	}

	private String cell(String ref, Object value, List<String> strings, Map<String, Integer> index) {
		if (value instanceof Formula formula) {
			Object cached = formula.cached();
			String type = (cached instanceof String) ? " t=\"str\"" : (cached instanceof Boolean) ? " t=\"b\"" : "";
			String style = (cached instanceof LocalDate) ? " s=\"1\"" : "";
			return "<c r=\"" + ref + "\"" + style + type + "><f>" + escape(formula.expression()) + "</f><v>"
					+ escape(raw(cached)) + "</v></c>";
		}
		if (value instanceof String text) {
			int i = index.computeIfAbsent(text, (t) -> {
				strings.add(t);
				return strings.size() - 1;
			});
			return "<c r=\"" + ref + "\" t=\"s\"><v>" + i + "</v></c>";
		}
		if (value instanceof Boolean flag) {
			return "<c r=\"" + ref + "\" t=\"b\"><v>" + (flag ? 1 : 0) + "</v></c>";
		}
		if (value instanceof LocalDate) {
			return "<c r=\"" + ref + "\" s=\"1\"><v>" + raw(value) + "</v></c>";
		}
		if (value instanceof LocalDateTime) {
			return "<c r=\"" + ref + "\" s=\"2\"><v>" + raw(value) + "</v></c>";
		}
		return "<c r=\"" + ref + "\"><v>" + raw(value) + "</v></c>";
	}

	private String raw(Object value) {
		if (value instanceof Boolean flag) {
			return flag ? "1" : "0";
		}
		if (value instanceof LocalDate date) {
			return Long.toString(serialDays(date));
		}
		if (value instanceof LocalDateTime dateTime) {
			double fraction = Duration.between(dateTime.toLocalDate().atStartOfDay(), dateTime).toMillis()
					/ 86_400_000.0;
			return new BigDecimal(serialDays(dateTime.toLocalDate()) + fraction).toString();
		}
		if (value instanceof Double number) {
			// As Excel writes a double: its shortest round-trip form or the full binary
			// value.
			return new BigDecimal(number).toString();
		}
		return String.valueOf(value);
	}

	private long serialDays(LocalDate date) {
		return this.date1904 ? ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), date)
				: ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date);
	}

	private static String column(int index) {
		StringBuilder name = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
