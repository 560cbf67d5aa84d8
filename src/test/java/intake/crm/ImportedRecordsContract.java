package intake.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undo's removal of what one import created ({@link ImportedRecords#createdSpan},
 * {@link ImportedRecords#batchEnd}, {@link ImportedRecords#deleteRange}) among records of
 * another import and records no import made, in a tenant of each test's own. Subclasses
 * run it on H2 and on PostgreSQL.
 */
@SpringBootTest
abstract class ImportedRecordsContract {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	long tenant;

	long base;

	final String job = UUID.randomUUID().toString();

	final String other = UUID.randomUUID().toString();

	@BeforeEach
	void tenant() {
		this.tenant = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
		this.base = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
		this.jdbc.sql("INSERT INTO tenant (id, name) VALUES (:id, :name)")
			.param("id", this.tenant)
			.param("name", "imported-" + UUID.randomUUID())
			.update();
	}

	@Test
	void undoRemovesInBatchesExactlyTheJobsRemovableRecordsWhereverTheirIdsLie() {
		// ids (offsets from base): the job's 10-16 and 30-33, another import's 12-13 and
		// 20-21
		// among and between them, records of no import before, among and after them
		company(5, null, 1);
		for (int id : new int[] { 10, 11, 14, 15, 16, 30, 31, 33 }) {
			company(id, this.job, 1);
		}
		company(12, this.other, 1);
		company(13, null, 1);
		company(20, this.other, 1);
		company(21, this.other, 1);
		company(40, null, 1);
		// the job's company 31 was edited since; another import's contact points at 15
		company(32, this.job, 2);
		contact(1, 15, this.other);
		ImportedRecords records = new ImportedRecords(this.named);

		assertThat(records.createdSpan(this.tenant, this.job, "companies"))
			.contains(new ImportedRecords.IdSpan(this.base + 10, this.base + 33));
		assertThat(records.createdSpan(this.tenant, UUID.randomUUID().toString(), "companies")).isEmpty();
		assertThat(records.createdSpan(this.tenant + 1, this.job, "companies")).isEmpty();

		ImportedRecords.IdSpan span = records.createdSpan(this.tenant, this.job, "companies").orElseThrow();
		List<Long> ends = new ArrayList<>();
		int removed = 0;
		long after = span.first() - 1;
		for (long end; (end = records.batchEnd(this.tenant, this.job, "companies", after, span.last(), 3)) > 0;) {
			ends.add(end - this.base);
			removed += records.deleteRange(this.tenant, this.job, "companies", after, end);
			after = end;
		}

		// batches of three of the job's ids: 10 11 14 | 15 16 30 | 31 32 33
		assertThat(ends).containsExactly(14L, 30L, 33L);
		assertThat(removed).isEqualTo(7);
		assertThat(companies()).containsExactly(5L, 12L, 13L, 15L, 20L, 21L, 32L, 40L);
		assertThat(records.createdSpan(this.tenant, this.job, "companies"))
			.contains(new ImportedRecords.IdSpan(this.base + 15, this.base + 32));
		// a second pass (an undo resumed) removes nothing more
		assertThat(records.batchEnd(this.tenant, this.job, "companies", this.base + 14, this.base + 32, 3))
			.isEqualTo(this.base + 32);
		assertThat(records.deleteRange(this.tenant, this.job, "companies", this.base + 14, this.base + 32)).isZero();
	}

	/** The statements' only index condition is the id range, whatever the job's size. */
	@Test
	void aBatchReadsAlongThePrimaryKey() {
		for (String sql : List.of(ImportedRecords.batchEndSql("contact"), ImportedRecords.deleteRangeSql("company"))) {
			String plan = String.join("\n",
					this.named.queryForList("EXPLAIN " + sql,
							new MapSqlParameterSource("tenant", this.tenant).addValue("job", this.job)
								.addValue("after", 0L)
								.addValue("upto", 100L)
								.addValue("limit", 10),
							String.class));
			assertThat(plan).as(plan).doesNotContain("import_job_idx").doesNotContain("tenant_idx");
			assertPrimaryKey(plan);
		}
	}

	/** How the database's plan names a read along the primary key. */
	abstract void assertPrimaryKey(String plan);

	private void company(int offset, String importJob, int version) {
		this.jdbc.sql("""
				INSERT INTO company (id, tenant_id, import_job_id, version, company_kind, company_id, company_name)
				VALUES (:id, :tenant, :job, :version, 'customer', :number, :name)
				""")
			.param("id", this.base + offset)
			.param("tenant", this.tenant)
			.param("job", importJob)
			.param("version", version)
			.param("number", "c" + offset)
			.param("name", "Company " + offset)
			.update();
	}

	private void contact(int offset, int companyOffset, String importJob) {
		this.jdbc.sql("""
				INSERT INTO contact (id, tenant_id, company_ref_id, import_job_id, version)
				VALUES (:id, :tenant, :company, :job, 1)
				""")
			.param("id", this.base + offset)
			.param("tenant", this.tenant)
			.param("company", this.base + companyOffset)
			.param("job", importJob)
			.update();
	}

	private List<Long> companies() {
		return this.jdbc.sql("SELECT id FROM company WHERE tenant_id = :tenant ORDER BY id")
			.param("tenant", this.tenant)
			.query(Long.class)
			.list()
			.stream()
			.map((id) -> id - this.base)
			.toList();
	}

}
