package intake.crm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undo's batches on the embedded database: with the tenant and the job as plain
 * equalities H2 read the job's index (or the tenant's, then sorted) for every batch.
 */
class ImportedRecordsH2Test extends ImportedRecordsContract {

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("intake-h2-");
		dir.toFile().deleteOnExit();
		registry.add("intake.data-dir", dir::toString);
	}

	@Autowired
	NamedParameterJdbcTemplate named;

	@Override
	void assertSpan(ImportedRecords records, int first, int last) {
		assertThat(records.createdSpan(this.tenant, this.job, "companies"))
			.contains(new ImportedRecords.IdSpan(this.base + first, this.base + last));
		assertThat(records.createdSpan(this.tenant, UUID.randomUUID().toString(), "companies")).isEmpty();
		assertThat(records.createdSpan(this.tenant + 1, this.job, "companies")).isEmpty();
	}

	/** The statements' only index condition is the id range, whatever the job's size. */
	@Test
	void aBatchReadsAlongThePrimaryKey() {
		for (String sql : List.of(ImportedRecords.batchEndSql("contact", true),
				ImportedRecords.deleteRangeSql("company", true))) {
			String plan = String.join("\n",
					this.named.queryForList("EXPLAIN " + sql,
							new MapSqlParameterSource("tenant", this.tenant).addValue("job", this.job)
								.addValue("after", 0L)
								.addValue("upto", 100L)
								.addValue("limit", 10),
							String.class));
			assertThat(plan).as(plan)
				.doesNotContain("import_job_idx")
				.doesNotContain("tenant_idx")
				.contains("PRIMARY_KEY_");
		}
	}

}
