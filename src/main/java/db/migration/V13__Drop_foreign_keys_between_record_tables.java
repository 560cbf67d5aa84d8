package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Intake schema, version 13: drops the foreign keys of the CRM record tables.
 * <p>
 * Those between record tables (V1's contact → company; V8's links to companies, contacts,
 * employees, products, categories, price lists and recurring invoices) each fired a
 * per-row trigger: on every delete of a company or contact it probed every referencing
 * table (≈ 7 µs per key and foreign key on PostgreSQL; ≈ 26 s of the 40.6 s undo of a
 * 1M-row import), and on every insert of a linked record it checked the parent. Integrity
 * of these links is kept by the application instead ({@code intake.crm.LinkIntegrity}):
 * every writer that sets a link or deletes a record takes the tenant lock and checks,
 * set-based, that its targets exist or that nothing points at what it deletes. The
 * indexes on the link columns (V1, V8, V9) stay; those checks use them.
 * <p>
 * The foreign keys from record tables to {@code tenant} go too. Tenants are never
 * deleted, so all they did was check, per inserted row, that the tenant exists, with a
 * per-row trigger that costs more than the rest of the insert: {@code EXPLAIN ANALYZE} of
 * 200,000 rows inserted into a three-column table on PostgreSQL 15 here, machine busy,
 * took 0.93 s with the key (0.54 s of it in the trigger) and 0.38 s without, ≈ 2.7 µs per
 * row or ≈ 3.7 s for the 1.36 million rows of a 1M-row companies import (a first, busier
 * run: 2.8 s of trigger in 4.9 s). Every writer that inserts records takes the tenant
 * lock first ({@code intake.job.TenantLock}: {@code SELECT … FOR UPDATE} on the tenant's
 * row, which fails when there is no such tenant) in the same transaction, which proves
 * the same. Kept: the foreign keys of jobs, journal, users, tokens, audit and saved
 * mappings (few rows each).
 * <p>
 * A Java migration because the constraint names differ: PostgreSQL names them
 * {@code contact_company_ref_id_fkey} (table, column, {@code fkey}), H2
 * {@code constraint_} and a number. They are read from the JDBC metadata, which both
 * databases answer, and dropped with the same statement on both. The table list is frozen
 * here, as a migration's SQL would be.
 */
public class V13__Drop_foreign_keys_between_record_tables extends BaseJavaMigration {

	/** The record tables of V1 and V8. */
	private static final List<String> RECORD_TABLES = List.of("company", "contact", "employee", "company_category",
			"product_category", "product", "note", "opportunity", "recurring_invoice", "recurring_invoice_line",
			"price_list", "price_list_price", "task", "account");

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		List<String> drops = new ArrayList<>();
		for (String table : RECORD_TABLES) {
			Set<String> names = new LinkedHashSet<>();
			try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
				while (keys.next()) {
					String target = keys.getString("PKTABLE_NAME");
					if (RECORD_TABLES.contains(target) || target.equals("tenant")) {
						names.add(keys.getString("FK_NAME"));
					}
				}
			}
			for (String name : names) {
				drops.add("ALTER TABLE " + table + " DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
			}
		}
		if (drops.isEmpty()) {
			throw new IllegalStateException("No foreign keys between record tables found in schema " + schema);
		}
		try (Statement statement = connection.createStatement()) {
			for (String drop : drops) {
				statement.execute(drop);
			}
		}
	}

}
