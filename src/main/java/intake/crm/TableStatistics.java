package intake.crm;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refreshes the optimizer statistics of the record tables. A bulk load grows a table far
 * faster than autovacuum notices; with stale statistics the planner answers the batched
 * key look-ups with scans, which makes an import quadratic. Imports call this after their
 * first chunks (at doubling intervals) and at the end.
 */
@Component
public class TableStatistics {

	private static final List<String> TABLES = List.of("company", "contact");

	private final JdbcClient jdbc;

	private final String statement;

	public TableStatistics(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres");
			this.statement = postgres ? "ANALYZE " : "ANALYZE TABLE ";
		}
	}

	public void refresh() {
		for (String table : TABLES) {
			this.jdbc.sql(this.statement + table).update();
		}
	}

}
