package intake.crm;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import intake.support.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undo's batches on PostgreSQL.
 */
class ImportedRecordsPostgresTest extends ImportedRecordsContract {

	@BeforeAll
	static void postgres() {
		PostgresTestDatabase.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry);
	}

	@Override
	void assertPrimaryKey(String plan) {
		// on a small table PostgreSQL may also read it whole; never through another index
		assertThat(plan).containsAnyOf("_pkey", "Seq Scan");
	}

}
