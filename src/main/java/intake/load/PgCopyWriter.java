package intake.load;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes rows with PostgreSQL {@code COPY FROM STDIN} in CSV format, streaming the rows
 * as text without building the whole payload in memory.
 */
public final class PgCopyWriter implements BulkWriter {

	@Override
	public void insert(Connection connection, String table, List<String> columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(sql, new RowsReader(rows));
		}
		catch (SQLException | IOException ex) {
			throw new WriteFailedException("Could not copy " + rows.size() + " rows into " + table, ex);
		}
	}

	/** Renders rows as CSV lazily, one row at a time. */
	static final class RowsReader extends Reader {

		private final List<Object[]> rows;

		private final StringBuilder buffer = new StringBuilder(1024);

		private int next;

		private int position;

		RowsReader(List<Object[]> rows) {
			this.rows = rows;
		}

		/**
		 * Fills as much of {@code target} as the rows allow: the driver sends each read
		 * as one COPY message, so a read per row would mean a message (and its encoding
		 * call) per row.
		 */
		@Override
		public int read(char[] target, int offset, int length) {
			int filled = 0;
			while (filled < length) {
				if (this.position >= this.buffer.length()) {
					if (this.next >= this.rows.size()) {
						break;
					}
					this.buffer.setLength(0);
					this.position = 0;
					render(this.rows.get(this.next++), this.buffer);
				}
				int n = Math.min(length - filled, this.buffer.length() - this.position);
				this.buffer.getChars(this.position, this.position + n, target, offset + filled);
				this.position += n;
				filled += n;
			}
			return (filled == 0 && length > 0) ? -1 : filled;
		}

		@Override
		public void close() {
		}

		/**
		 * Whether a value must be quoted in COPY's CSV format: an empty string (unquoted
		 * it would read as NULL), or one holding a delimiter, quote, line break or the
		 * {@code \.} end marker, or leading/trailing spaces.
		 */
		private static boolean needsQuotes(String text) {
			for (int i = 0; i < text.length(); i++) {
				char ch = text.charAt(i);
				if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r' || ch == '\\') {
					return true;
				}
			}
			return text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ';
		}

		private static void render(Object[] row, StringBuilder out) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					out.append(',');
				}
				Object value = row[i];
				if (value == null) {
					continue;
				}
				String text = (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString();
				if (!text.isEmpty() && !needsQuotes(text)) {
					out.append(text);
					continue;
				}
				out.append('"');
				for (int c = 0; c < text.length(); c++) {
					char ch = text.charAt(c);
					if (ch == '"') {
						out.append('"');
					}
					out.append(ch);
				}
				out.append('"');
			}
			out.append('\n');
		}

	}

}
