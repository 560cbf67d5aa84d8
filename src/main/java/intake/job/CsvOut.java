package intake.job;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes CSV files for users to open in a spreadsheet: RFC 4180 quoting, and formula
 * injection neutralised — a cell starting with {@code = + - @}, TAB or CR gets a leading
 * apostrophe unless it is a plain number or phone number.
 */
public final class CsvOut {

	/**
	 * A plain number: one leading sign, then digits with spaces, points and commas
	 * ({@code -12,50}, {@code -1 234.50}).
	 */
	private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9][0-9 \u00A0.,]*");

	/**
	 * A phone number: a {@code +} only in front, then digits, spaces, brackets and dashes
	 * ({@code +46 8 123 45 67}, {@code +46 (0)8-123 45 67}). Not {@code +1+1} or
	 * {@code -2+3}: sums a spreadsheet would calculate.
	 */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]*[0-9][0-9 ()\\-]*");

	private final Writer writer;

	private final char delimiter;

	public CsvOut(Writer writer, char delimiter) {
		this.writer = writer;
		this.delimiter = delimiter;
	}

	public void row(List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.writer.write(this.delimiter);
			}
			this.writer.write(quote(neutralise(cells.get(i))));
		}
		this.writer.write("\r\n");
	}

	public static String neutralise(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		char first = cell.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		if (risky && !NUMBER.matcher(cell).matches() && !PHONE.matcher(cell).matches()) {
			return "'" + cell;
		}
		return cell;
	}

	private String quote(String cell) {
		boolean needs = cell.indexOf(this.delimiter) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
				|| cell.indexOf('\r') >= 0;
		return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
	}

	public static String errors(PreviewItem item) {
		return item.errors().stream().map(PreviewItem.Problem::message).collect(Collectors.joining("; "));
	}

	public static String describe(PreviewItem item) {
		String errors = item.errors().stream().map(PreviewItem.Problem::message).collect(Collectors.joining("; "));
		String warnings = item.warnings()
			.stream()
			.map((w) -> "Warning: " + w.message())
			.collect(Collectors.joining("; "));
		if (errors.isEmpty()) {
			return warnings;
		}
		return warnings.isEmpty() ? errors : errors + "; " + warnings;
	}

}
