package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Intake schema, version 16: on PostgreSQL, the two indexes on a company's name become
 * hash indexes on the name alone: {@code company_name_key_idx} (the name and postcode key
 * that matches companies without a customer or organisation number) and
 * {@code company_name_idx} (references by exact name).
 * <p>
 * Names come in no order, so every imported company went into the middle of both btrees:
 * a descent, a binary search of text comparisons, and often a page split. A hash index
 * puts the entry in its bucket. Copying the 357,250 companies of the 1M benchmark file
 * into a table with all of company's indexes took 7.4, 7.4 and 8.0 s with the btrees,
 * 6.0, 7.3 and 6.6 s with the two hash indexes (alternated, PostgreSQL 15). Alone beside
 * the primary key, the name key's btree added 1.9-2.3 s and its hash index 0.8-1.2 s.
 * <p>
 * Every query on these columns compares them with {@code =}, {@code = ANY(?)} or
 * {@code IN (…)} ({@code JdbcCompanyDirectory}, {@code JdbcRecordDirectory},
 * {@code RecordQueries} filters), which a hash index serves through a bitmap scan; the
 * tenant is checked on the rows found. What a hash index cannot serve is an ordered scan:
 * a records list sorted by name sorts the tenant's companies (a top-N sort for a page).
 * Hash indexes are WAL-logged and crash-safe since PostgreSQL 10.
 * <p>
 * A Java migration because H2 has hash indexes for in-memory tables only: there it does
 * nothing, and the btrees stay.
 */
public class V16__Hash_indexes_on_company_names extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP INDEX company_name_key_idx");
			statement.execute("CREATE INDEX company_name_key_idx ON company USING hash (company_name_key)");
			statement.execute("DROP INDEX company_name_idx");
			statement.execute("CREATE INDEX company_name_idx ON company USING hash (company_name)");
		}
	}

}
