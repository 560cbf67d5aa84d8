package intake.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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

	@Autowired
	Durability durability;

	@Autowired
	JournalRestorer restorer;

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
		ImportedRecords records = new ImportedRecords(this.named, this.durability);

		assertSpan(records, 10, 33);

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
		assertSpan(records, 15, 32);
		// a second pass (an undo resumed) removes nothing more
		assertThat(records.batchEnd(this.tenant, this.job, "companies", this.base + 14, this.base + 32, 3))
			.isEqualTo(this.base + 32);
		assertThat(records.deleteRange(this.tenant, this.job, "companies", this.base + 14, this.base + 32)).isZero();
	}

	@Test
	void journalBatchesGoNewestFirstFromWhereThePreviousOneEnded() {
		this.jdbc.sql("""
				INSERT INTO import_job (id, tenant_id, type, status, file_name, file_size, created_at)
				VALUES (:id, :tenant, 'companies', 'COMPLETED', 'update.csv', 1, CURRENT_TIMESTAMP)
				""").param("id", this.job).param("tenant", this.tenant).update();
		for (int offset = 1; offset <= 5; offset++) {
			this.jdbc.sql("""
					INSERT INTO import_journal (id, tenant_id, job_id, line, entity, record_id, version_after,
					  previous_values)
					VALUES (:id, :tenant, :job, :line, 'companies', :record, 2, '{}')
					""")
				.param("id", this.base + offset)
				.param("tenant", this.tenant)
				.param("job", this.job)
				.param("line", offset + 1)
				.param("record", this.base + 100 + offset)
				.update();
		}
		ImportedRecords records = new ImportedRecords(this.named, this.durability);

		assertThat(journal(records, Long.MAX_VALUE, 2)).containsExactly(5L, 4L);
		// the next batch starts below the last one, whether or not that one was replayed
		assertThat(journal(records, this.base + 4, 2)).containsExactly(3L, 2L);
		records.markJournal(this.tenant, List.of(this.base + 3), ImportedRecords.JournalResult.RESTORED);
		assertThat(journal(records, Long.MAX_VALUE, 10)).containsExactly(5L, 4L, 2L, 1L);
		assertThat(records.pendingJournal(this.tenant + 1, this.job, Long.MAX_VALUE, 10)).isEmpty();
	}

	@Test
	void aBatchOfJournaledRecordsIsRestoredWithEachRecordsOwnOutcome() {
		company(1, this.other, 2);
		company(2, this.other, 2);
		company(3, this.other, 3);
		company(4, this.other, 2);
		List<ImportedRecords.JournalRow> rows = List.of(
				new ImportedRecords.JournalRow(1, "companies", this.base + 1, 2, "{\"CompanyPostCity\": \"Västerås\"}"),
				// another statement shape between two of the same shape
				new ImportedRecords.JournalRow(2, "companies", this.base + 2, 2,
						"{\"CompanyTurnover\": 1200.50, \"CompanyPostCity\": null}"),
				// edited since the import: version 3, the import left 2
				new ImportedRecords.JournalRow(3, "companies", this.base + 3, 2, "{\"CompanyPostCity\": \"Umeå\"}"),
				new ImportedRecords.JournalRow(4, "companies", this.base + 99, 2, "{\"CompanyPostCity\": \"Gävle\"}"),
				new ImportedRecords.JournalRow(5, "companies", this.base + 4, 2, "not json"),
				new ImportedRecords.JournalRow(6, "companies", this.base + 4, 2, "{\"CompanyPostCity\": \"Luleå\"}"));
		List<Long> failed = new ArrayList<>();

		List<JournalRestorer.Outcome> outcomes = this.restorer.restore(this.tenant, rows,
				(row, ex) -> failed.add(row.id()));

		assertThat(outcomes).containsExactly(JournalRestorer.Outcome.RESTORED, JournalRestorer.Outcome.RESTORED,
				JournalRestorer.Outcome.MOVED, JournalRestorer.Outcome.MOVED, JournalRestorer.Outcome.MOVED,
				JournalRestorer.Outcome.RESTORED);
		assertThat(failed).containsExactly(5L);
		assertThat(cityAndVersion(1)).isEqualTo("Västerås 3");
		assertThat(cityAndVersion(2)).isEqualTo("null 3");
		assertThat(this.jdbc.sql("SELECT company_turnover FROM company WHERE id = :id")
			.param("id", this.base + 2)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("1200.50");
		assertThat(cityAndVersion(3)).isEqualTo("null 3");
		assertThat(cityAndVersion(4)).isEqualTo("Luleå 3");
	}

	private String cityAndVersion(int offset) {
		return this.jdbc.sql("SELECT company_post_city, version FROM company WHERE id = :id")
			.param("id", this.base + offset)
			.query((rs, n) -> rs.getString(1) + " " + rs.getLong(2))
			.single();
	}

	private List<Long> journal(ImportedRecords records, long before, int limit) {
		return records.pendingJournal(this.tenant, this.job, before, limit)
			.stream()
			.map((row) -> row.id() - this.base)
			.toList();
	}

	/**
	 * The bounds undo's batches take: the job's first and last id where the database
	 * needs them.
	 */
	abstract void assertSpan(ImportedRecords records, int first, int last);

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
