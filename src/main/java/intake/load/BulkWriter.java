package intake.load;

import java.sql.Connection;
import java.util.List;

/**
 * Writes many rows into one table inside the caller's transaction. Values are Java
 * objects as JDBC accepts them ({@code String}, {@code Long}, {@code BigDecimal},
 * {@code Boolean}, {@code LocalDate}, {@code OffsetDateTime}) or null.
 */
public interface BulkWriter {

	/**
	 * @param connection the transaction's connection
	 * @param table the table
	 * @param columns the columns, in the order of each row's values
	 * @param rows the rows
	 */
	void insert(Connection connection, String table, List<String> columns, List<Object[]> rows);

}
