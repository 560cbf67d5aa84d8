package intake.crm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import intake.plan.CompanyKey;
import intake.support.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link References} against the schema migrated on PostgreSQL, in a database of its own.
 */
class PostgresReferencesSchemaTest extends ReferencesSchemaContract {

	/**
	 * The indexes V14 makes partial, to the nullable column that leads each; no other
	 * index of the schema is partial.
	 */
	private static final Map<String, String> PARTIAL = Map.ofEntries(
			Map.entry("company_employee_idx", "employee_ref_id"), Map.entry("contact_employee_idx", "employee_ref_id"),
			Map.entry("contact_customer_id_idx", "contact_customer_id"),
			Map.entry("product_category_ref_idx", "product_category_ref_id"),
			Map.entry("product_code_idx", "product_code"), Map.entry("product_ean_idx", "product_ean"),
			Map.entry("note_company_idx", "company_ref_id"), Map.entry("note_contact_idx", "contact_ref_id"),
			Map.entry("note_employee_idx", "employee_ref_id"), Map.entry("opportunity_employee_idx", "employee_ref_id"),
			Map.entry("recurring_invoice_line_product_idx", "product_ref_id"),
			Map.entry("task_company_idx", "company_ref_id"), Map.entry("task_contact_idx", "contact_ref_id"),
			Map.entry("task_employee_idx", "employee_ref_id"));

	private static String url;

	@BeforeAll
	static void postgres() {
		PostgresTestDatabase.require();
		url = PostgresTestDatabase.createFresh();
	}

	@Override
	String url() {
		return url;
	}

	@Override
	String user() {
		return PostgresTestDatabase.user();
	}

	@Override
	String password() {
		return PostgresTestDatabase.password();
	}

	@Test
	void indexesLedByMostlyEmptyColumnsLeaveOutTheRowsWithoutAValue() throws SQLException {
		Flyway.configure().dataSource(url(), user(), password()).locations("classpath:db/migration").load().migrate();
		Map<String, String> partial = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(url(), user(), password());
				Statement statement = connection.createStatement();
				ResultSet indexes = statement.executeQuery(
						"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '% WHERE %'")) {
			while (indexes.next()) {
				partial.put(indexes.getString(1), indexes.getString(2));
			}
		}
		assertThat(partial.keySet()).as("partial indexes (V14)").isEqualTo(PARTIAL.keySet());
		PARTIAL.forEach((name, column) -> assertThat(partial.get(name)).as(name)
			.contains(" (" + column)
			.endsWith(" WHERE (" + column + " IS NOT NULL)"));
	}

	/**
	 * V16: the indexes on a company's name key and name are hash indexes, and they serve
	 * the look-ups that read those columns: the company directory's name-and-postcode
	 * key, and references by exact name. With sequential scans switched off, each look-up
	 * must scan its index (counted by PostgreSQL's statistics).
	 */
	@Test
	void companyNameLookUpsAreServedByHashIndexes() throws SQLException {
		Flyway.configure().dataSource(url(), user(), password()).locations("classpath:db/migration").load().migrate();
		try (Connection connection = DriverManager.getConnection(url(), user(), password())) {
			Map<String, String> definitions = new HashMap<>();
			try (Statement statement = connection.createStatement();
					ResultSet indexes = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes"
							+ " WHERE indexname IN ('company_name_key_idx', 'company_name_idx')")) {
				while (indexes.next()) {
					definitions.put(indexes.getString(1), indexes.getString(2));
				}
			}
			assertThat(definitions).hasSize(2);
			assertThat(definitions.get("company_name_key_idx")).endsWith("USING hash (company_name_key)");
			assertThat(definitions.get("company_name_idx")).endsWith("USING hash (company_name)");
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET enable_seqscan = off");
			}
			NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(
					new SingleConnectionDataSource(connection, true));
			Map<String, Long> before = indexScans(jdbc);
			new JdbcCompanyDirectory(jdbc, 1, "a-job", true)
				.findCompanies(List.of(new CompanyKey(CompanyKey.Kind.NAME_POSTCODE, "nordsjö bygg ab\u001f41301")));
			new JdbcRecordDirectory(jdbc, 1, true).candidates("companies", List.of("Nordsjö Bygg AB"));
			Map<String, Long> after = indexScans(jdbc);
			assertThat(after.get("company_name_key_idx")).isGreaterThan(before.get("company_name_key_idx"));
			assertThat(after.get("company_name_idx")).isGreaterThan(before.get("company_name_idx"));
		}
	}

	private static Map<String, Long> indexScans(NamedParameterJdbcTemplate jdbc) {
		jdbc.getJdbcTemplate().execute("SELECT pg_stat_force_next_flush()");
		jdbc.getJdbcTemplate().execute("SELECT pg_stat_clear_snapshot()");
		Map<String, Long> scans = new HashMap<>();
		jdbc.getJdbcTemplate()
			.query("SELECT indexrelname, idx_scan FROM pg_stat_user_indexes"
					+ " WHERE indexrelname IN ('company_name_key_idx', 'company_name_idx')", (ResultSet rs) -> {
						scans.put(rs.getString(1), rs.getLong(2));
					});
		return scans;
	}

}
