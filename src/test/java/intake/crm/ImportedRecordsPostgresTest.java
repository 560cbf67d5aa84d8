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

	/**
	 * PostgreSQL's batches run over every id: its planner finds the job's rows itself.
	 */
	@Override
	void assertSpan(ImportedRecords records, int first, int last) {
		assertThat(records.createdSpan(this.tenant, this.job, "companies"))
			.contains(new ImportedRecords.IdSpan(Long.MIN_VALUE + 1, Long.MAX_VALUE));
	}

}
