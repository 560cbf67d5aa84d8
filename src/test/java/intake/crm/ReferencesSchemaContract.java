package intake.crm;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import intake.schema.Links;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link References} is the table of every link column between record tables of the
 * migrated schema (a {@code *_ref_id} column holding the id of a row of the table its
 * name stems from), so undo's removal order and the reference checks that replace the
 * foreign keys (dropped in V13, see {@link LinkIntegrity}) cannot drift from the
 * migrations; every link column has an index led by it, since those checks look records
 * up through it. Subclasses migrate a database of their own on H2 and on PostgreSQL.
 */
abstract class ReferencesSchemaContract {

	/** A fresh, empty database. */
	abstract String url();

	abstract String user();

	abstract String password();

	@Test
	void referencesAreTheLinkColumnsOfRecordTablesEachLedByAnIndexAndNoneAForeignKey() throws SQLException {
		Flyway.configure().dataSource(url(), user(), password()).locations("classpath:db/migration").load().migrate();
		Set<String> tables = new HashSet<>();
		References.entities().forEach((e) -> tables.add(References.findTable(e).orElseThrow()));
		Set<References.Reference> declared = new HashSet<>(References.all());
		Set<References.Reference> migrated = new HashSet<>();
		Set<References.Reference> indexed = new HashSet<>();
		Set<String> foreignKeys = new HashSet<>();
		Set<String> importedTables = new HashSet<>();
		try (Connection connection = DriverManager.getConnection(url(), user(), password())) {
			DatabaseMetaData meta = connection.getMetaData();
			for (String table : tables) {
				try (ResultSet columns = meta.getColumns(null, "public", table, "%")) {
					while (columns.next()) {
						String column = columns.getString("COLUMN_NAME");
						if (column.endsWith("_ref_id")) {
							String target = column.substring(0, column.length() - "_ref_id".length());
							assertThat(tables).as("the table %s.%s points at", table, column).contains(target);
							migrated.add(new References.Reference(table, column, target));
						}
					}
				}
				try (ResultSet indexes = meta.getIndexInfo(null, "public", table, false, false)) {
					while (indexes.next()) {
						String column = indexes.getString("COLUMN_NAME");
						if (indexes.getShort("ORDINAL_POSITION") == 1 && column != null && column.endsWith("_ref_id")) {
							indexed.add(new References.Reference(table, column,
									column.substring(0, column.length() - "_ref_id".length())));
						}
					}
				}
				try (ResultSet keys = meta.getImportedKeys(null, "public", table)) {
					while (keys.next()) {
						String target = keys.getString("PKTABLE_NAME");
						if (tables.contains(target) || target.equals("tenant")) {
							foreignKeys.add(keys.getString("FKTABLE_NAME") + "." + keys.getString("FKCOLUMN_NAME"));
						}
					}
				}
			}
			try (ResultSet columns = meta.getColumns(null, "public", null, "import_job_id")) {
				while (columns.next()) {
					importedTables.add(columns.getString("TABLE_NAME"));
				}
			}
		}
		assertThat(migrated).as("link columns between record tables").isEqualTo(declared);
		assertThat(indexed).as("link columns led by an index").containsAll(declared);
		assertThat(foreignKeys).as("foreign keys of record tables to record tables or tenants (dropped in V13)")
			.isEmpty();
		assertThat(tables).as("every table of records an import writes is a record table undo knows")
			.isEqualTo(importedTables);
	}

	@Test
	void removalOrderPutsEveryEntityBeforeTheEntitiesItPointsAt() {
		List<String> order = References.removalOrder();
		assertThat(order).containsExactlyInAnyOrderElementsOf(References.entities());
		for (References.Reference reference : References.all()) {
			assertThat(order.indexOf(References.entityOf(reference.table())))
				.as("%s before %s", reference.table(), reference.target())
				.isLessThan(order.indexOf(References.entityOf(reference.target())));
		}
		assertThat(order).startsWith("recurring-invoice-lines", "price-list-prices");
	}

	@Test
	void everyLinkColumnIsTheColumnOfTheLinkKeyOfItsTarget() {
		for (References.Reference reference : References.all()) {
			String key = Links.keyOf(References.entityOf(reference.target())).orElseThrow();
			assertThat(Links.column(key)).as(reference.toString()).isEqualTo(reference.column());
		}
	}

}
