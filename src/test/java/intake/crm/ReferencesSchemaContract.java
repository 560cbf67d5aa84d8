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
 * {@link References} mirrors the foreign keys between record tables of the migrated
 * schema, so undo's removal order and reference checks cannot drift from the migrations.
 * Subclasses migrate a database of their own on H2 and on PostgreSQL.
 */
abstract class ReferencesSchemaContract {

	/** A fresh, empty database. */
	abstract String url();

	abstract String user();

	abstract String password();

	@Test
	void referencesAreTheForeignKeysBetweenRecordTables() throws SQLException {
		Flyway.configure().dataSource(url(), user(), password()).locations("classpath:db/migration").load().migrate();
		Set<String> tables = new HashSet<>();
		References.entities().forEach((e) -> tables.add(References.findTable(e).orElseThrow()));
		Set<References.Reference> declared = new HashSet<>(References.all());
		Set<References.Reference> migrated = new HashSet<>();
		Set<String> importedTables = new HashSet<>();
		try (Connection connection = DriverManager.getConnection(url(), user(), password())) {
			DatabaseMetaData meta = connection.getMetaData();
			for (String table : tables) {
				try (ResultSet keys = meta.getImportedKeys(null, "public", table)) {
					while (keys.next()) {
						String target = keys.getString("PKTABLE_NAME");
						if (tables.contains(target)) {
							assertThat(keys.getString("PKCOLUMN_NAME")).isEqualTo("id");
							migrated.add(new References.Reference(keys.getString("FKTABLE_NAME"),
									keys.getString("FKCOLUMN_NAME"), target));
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
		assertThat(migrated).as("foreign keys between record tables").isEqualTo(declared);
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
