package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Intake schema, version 14: on PostgreSQL, the indexes led by a nullable column that an
 * import usually leaves empty index only the rows that have a value
 * ({@code WHERE column IS NOT NULL}).
 * <p>
 * A btree indexes NULLs too, so every imported row paid for an entry per such index that
 * no query looks up: inserting 1M contacts with all of V1's, V8's and V9's indexes took
 * 5.5 s, 3.7 s with the indexes on {@code employee_ref_id} and
 * {@code (contact_customer_id, tenant_id)} partial; a repeat on PostgreSQL 15 with the
 * machine busy ({@code INSERT … SELECT} of 1M rows without links into copies of
 * {@code contact}) wrote 5.04 instead of 7.06 million WAL records (529 instead of 674 MB)
 * and took 5.1 instead of 6.5 s in the quietest pair of runs. Every query on these
 * columns compares them with {@code =}, {@code = ANY(?)} or {@code IN (…)} (link checks
 * of {@code intake.crm.LinkIntegrity}, undo's "does a record that stays point at it?" in
 * {@code ImportedRecords}, natural-key look-ups of {@code JdbcRecordDirectory}, filters
 * of {@code RecordQueries}); those operators are strict, so PostgreSQL proves the
 * predicate and keeps using the index. None looks rows up by {@code column IS NULL} (the
 * one such test, in {@code RecordWriter.fill}, goes with a primary-key look-up).
 * <p>
 * Left as they were: primary keys and unique constraints (natural keys), indexes on
 * {@code NOT NULL} columns, the {@code import_job_id} and {@code (tenant_id, id)}
 * indexes, {@code contact_company_idx} (contacts nearly always have a company), and the
 * name keys {@code company_name_key_idx} and {@code employee_name_key_idx}, which every
 * writer computes from a name ({@code intake.crm.KeyColumns}) and so are rarely empty.
 * <p>
 * A Java migration because H2 has no partial indexes: there it does nothing. The indexes
 * keep their names and columns; the list is frozen here, as a migration's SQL would be.
 */
public class V14__Partial_indexes_on_nullable_links extends BaseJavaMigration {

	/** An index to recreate; {@code columns} are as created, the first leads. */
	private record Index(String name, String table, List<String> columns) {
	}

	private static final List<Index> INDEXES = List.of(
			new Index("company_employee_idx", "company", List.of("employee_ref_id")),
			new Index("contact_employee_idx", "contact", List.of("employee_ref_id")),
			new Index("contact_customer_id_idx", "contact", List.of("contact_customer_id", "tenant_id")),
			new Index("product_category_ref_idx", "product", List.of("product_category_ref_id")),
			new Index("product_code_idx", "product", List.of("product_code", "tenant_id")),
			new Index("product_ean_idx", "product", List.of("product_ean", "tenant_id")),
			new Index("note_company_idx", "note", List.of("company_ref_id")),
			new Index("note_contact_idx", "note", List.of("contact_ref_id")),
			new Index("note_employee_idx", "note", List.of("employee_ref_id")),
			new Index("opportunity_employee_idx", "opportunity", List.of("employee_ref_id")),
			new Index("recurring_invoice_line_product_idx", "recurring_invoice_line", List.of("product_ref_id")),
			new Index("task_company_idx", "task", List.of("company_ref_id")),
			new Index("task_contact_idx", "task", List.of("contact_ref_id")),
			new Index("task_employee_idx", "task", List.of("employee_ref_id")));

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			for (Index index : INDEXES) {
				statement.execute("DROP INDEX " + index.name());
				statement.execute("CREATE INDEX " + index.name() + " ON " + index.table() + " ("
						+ String.join(", ", index.columns()) + ") WHERE " + index.columns().get(0) + " IS NOT NULL");
			}
		}
	}

}
