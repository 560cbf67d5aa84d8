package intake.crm;

import java.util.List;

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

	public TableStatistics(JdbcClient jdbc, Durability database) {
		this.jdbc = jdbc;
		this.statement = database.postgres() ? "ANALYZE " : "ANALYZE TABLE ";
	}

	public void refresh() {
		for (String table : TABLES) {
			this.jdbc.sql(this.statement + table).update();
		}
	}

}
