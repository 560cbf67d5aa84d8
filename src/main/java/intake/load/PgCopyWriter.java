package intake.load;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import intake.files.Utf8Bytes;

/**
 * Writes rows with PostgreSQL {@code COPY FROM STDIN} in CSV format, streaming the rows
 * as bytes without building the whole payload in memory.
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
			copy.copyIn(sql, new RowsInput(rows), 64 * 1024);
		}
		catch (SQLException | IOException ex) {
			throw new WriteFailedException("Could not copy " + rows.size() + " rows into " + table, ex);
		}
	}

	/**
	 * Renders rows as COPY's CSV in UTF-8 (the driver's client encoding) lazily, one row
	 * at a time, straight to bytes: numbers as digits and texts encoded in place, not
	 * through a string per value and a string per read as a {@code Reader} would.
	 */
	static final class RowsInput extends InputStream {

		/** The bytes that make a text quoted. */
		private static final boolean[] QUOTED = new boolean[256];

		static {
			for (char ch : new char[] { ',', '"', '\n', '\r', '\\' }) {
				QUOTED[ch] = true;
			}
		}

		private final List<Object[]> rows;

		private byte[] buffer = new byte[1024];

		private int length;

		private int position;

		private int next;

		RowsInput(List<Object[]> rows) {
			this.rows = rows;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xFF);
		}

		/**
		 * Fills as much of {@code target} as the rows allow: the driver sends each read
		 * as one COPY message, so a read per row would mean a message per row.
		 */
		@Override
		public int read(byte[] target, int offset, int count) {
			int filled = 0;
			while (filled < count) {
				if (this.position >= this.length) {
					if (this.next >= this.rows.size()) {
						break;
					}
					this.length = 0;
					this.position = 0;
					render(this.rows.get(this.next++));
				}
				int n = Math.min(count - filled, this.length - this.position);
				System.arraycopy(this.buffer, this.position, target, offset + filled, n);
				this.position += n;
				filled += n;
			}
			return (filled == 0 && count > 0) ? -1 : filled;
		}

		private void render(Object[] row) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					put((byte) ',');
				}
				Object value = row[i];
				if (value == null) {
					continue;
				}
				Class<?> type = value.getClass();
				if (type == String.class) {
					text((String) value);
				}
				else if (type == Long.class) {
					number((Long) value);
				}
				else if (type == Integer.class) {
					number((Integer) value);
				}
				else {
					text((value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString());
				}
			}
			put((byte) '\n');
		}

		private void number(long value) {
			room(Utf8Bytes.MAX_DECIMAL);
			this.length = Utf8Bytes.putDecimal(value, this.buffer, this.length);
		}

		/**
		 * A text in COPY's CSV format. Encoded by {@link String#getBytes} (vectorised for
		 * the Latin-1 strings nearly every cell is; a lone surrogate becomes {@code ?}),
		 * then copied as it is unless it must be quoted: a quote is doubled byte by byte,
		 * which is safe in UTF-8, where no byte of a multi-byte char is ASCII.
		 */
		private void text(String text) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			int n = bytes.length;
			boolean special = false;
			for (int i = 0; i < n; i++) {
				special |= QUOTED[bytes[i] & 0xFF];
			}
			if (!special && n > 0 && bytes[0] != ' ' && bytes[n - 1] != ' ') {
				room(n);
				System.arraycopy(bytes, 0, this.buffer, this.length, n);
				this.length += n;
				return;
			}
			// quoted: one holding a delimiter, quote, line break or the \. end marker, or
			// leading or trailing spaces (an empty text too: unquoted it would read as
			// NULL)
			room(2 * n + 2);
			byte[] out = this.buffer;
			int at = this.length;
			out[at++] = '"';
			for (int i = 0; i < n; i++) {
				if (bytes[i] == '"') {
					out[at++] = '"';
				}
				out[at++] = bytes[i];
			}
			out[at++] = '"';
			this.length = at;
		}

		private void put(byte b) {
			room(1);
			this.buffer[this.length++] = b;
		}

		private void room(int more) {
			if (this.length + more > this.buffer.length) {
				this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.length + more));
			}
		}

	}

}
