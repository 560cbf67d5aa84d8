package intake.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes rows with JDBC batches: the portable writer (H2 and any other database).
 */
public final class JdbcBatchWriter implements BulkWriter {

	private static final int BATCH = 1000;

	@Override
	public void insert(Connection connection, String table, List<String> columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
				+ String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int pending = 0;
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					statement.setObject(i + 1, row[i]);
				}
				statement.addBatch();
				if (++pending == BATCH) {
					statement.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				statement.executeBatch();
			}
		}
		catch (SQLException ex) {
			throw new WriteFailedException("Could not insert " + rows.size() + " rows into " + table, ex);
		}
	}

}
