package intake.job;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import intake.crm.CompanyNumbers;
import intake.crm.Durability;
import intake.crm.JdbcCompanyDirectory;
import intake.crm.JdbcRecordDirectory;
import intake.crm.LinkIntegrity;
import intake.crm.RecordWriter;
import intake.crm.SequenceIds;
import intake.crm.TableStatistics;
import intake.logging.PersonalDataMask;
import intake.plan.ChunkPlan;
import intake.plan.Planner;
import intake.plan.EntityCounts;
import intake.plan.RowOutcome;
import intake.plan.RowStatus;
import intake.schema.ImportType;
import intake.schema.ImportTypes;

/**
 * Runs started imports in the background: one streaming pass that plans each chunk and
 * writes it in its own transaction together with the job's progress, so the job row
 * always tells what is committed.
 */
@Component
class ImportRunner {

	private static final Log logger = LogFactory.getLog(ImportRunner.class);

	/** Statistics are refreshed after chunks 1, 2, 4 … up to this one, and at the end. */
	private static final long STATISTICS_CHUNKS = 16;

	private final JobRepository jobs;

	private final UploadStore uploads;

	private final Analyzer analyzer;

	private final Previews previews;

	private final TenantSettingsReader settings;

	private final NamedParameterJdbcTemplate namedJdbc;

	private final JdbcClient jdbc;

	private final CompanyNumbers numbers;

	private final RecordWriter writer;

	private final TransactionTemplate transactions;

	private final TableStatistics statistics;

	private final IntakeProperties properties;

	private final InstanceName instance;

	private final Durability durability;

	private final TenantLock tenants;

	private final org.springframework.beans.factory.ObjectProvider<Undos> undos;

	private final LinkIntegrity links;

	ImportRunner(JobRepository jobs, UploadStore uploads, Analyzer analyzer, Previews previews,
			TenantSettingsReader settings, NamedParameterJdbcTemplate namedJdbc, JdbcClient jdbc,
			CompanyNumbers numbers, RecordWriter writer, TransactionTemplate transactions, TableStatistics statistics,
			IntakeProperties properties, InstanceName instance, Durability durability, TenantLock tenants,
			org.springframework.beans.factory.ObjectProvider<Undos> undos, LinkIntegrity links) {
		this.undos = undos;
		this.links = links;
		this.tenants = tenants;
		this.instance = instance;
		this.durability = durability;
		this.jobs = jobs;
		this.uploads = uploads;
		this.analyzer = analyzer;
		this.previews = previews;
		this.settings = settings;
		this.namedJdbc = namedJdbc;
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.writer = writer;
		this.transactions = transactions;
		this.statistics = statistics;
		this.properties = properties;
	}

	/**
	 * Runs a job claimed by this instance: a queued one from its start, one left RUNNING
	 * by a dead instance as far as it can be resumed. Faults end the job FAILED.
	 */
	void execute(long tenantId, String id) {
		ImportJob job = this.jobs.find(tenantId, id).orElse(null);
		if (job == null) {
			return;
		}
		if (job.status() == JobStatus.QUEUED) {
			run(job);
		}
		else if (job.status() == JobStatus.RUNNING) {
			resume(job);
		}
	}

	/**
	 * A job whose instance died: it goes on after its last committed chunk. The chunks it
	 * committed are replayed through the planner (nothing is written for them), so no row
	 * is lost and none is written twice.
	 */
	private void resume(ImportJob job) {
		if (!this.jobs.markResumed(job.tenantId(), job.id(), this.instance.get())) {
			return;
		}
		logger.info("Resuming import " + job.id() + " after " + job.rows().processed() + " committed rows");
		run(job, true);
	}

	/**
	 * Customer numbers are handed out from the stored maximum at the start of a pass; a
	 * concurrent import (or a hand-made company) of the tenant may have taken some since.
	 * Under the tenant lock, before a chunk is planned: when any number the chunk could
	 * hand out is taken, the planner goes on above everything stored.
	 */
	private void skipTakenCustomerNumbers(Planner planner, long tenant, int rows) {
		java.util.OptionalLong next = planner.nextCustomerNumber();
		if (next.isPresent() && this.numbers.maxNumericBetween(tenant, next.getAsLong(), next.getAsLong() + rows) > 0) {
			planner.customerNumbersFrom(this.numbers.maxNumeric(tenant) + 1);
		}
	}

	private void run(ImportJob queued) {
		run(queued, false);
	}

	private void run(ImportJob job, boolean resumed) {
		String id = job.id();
		long tenant = job.tenantId();
		long started = System.nanoTime();
		RecorderThread recorder = null;
		try {
			if (!resumed && !this.jobs.markStarted(tenant, id, now(), this.instance.get())) {
				return;
			}
			ImportType type = ImportTypes.find(job.type()).orElseThrow();
			ImportPass pass = new ImportPass(this.uploads.file(id), job, type,
					this.analyzer.profiles(job, this.uploads.file(id)), this.settings.read(tenant));
			long fileMax = this.analyzer.maxCustomerNumber(job, this.uploads.file(id));
			long firstFree = Math.max(this.numbers.maxNumeric(tenant), fileMax) + 1;
			// Without a preview yet, the run records it as it goes: the file is read,
			// converted and planned once.
			// On a thread of its own: the rows of chunk n are encoded and stored while
			// chunk
			// n+1 is planned and written.
			recorder = this.previews.recorderIfMissing(job)
				.map((r) -> new RecorderThread(r, "intake-preview"))
				.orElse(null);
			Planner planner = ImportPass.planner(job, type, firstFree,
					new JdbcCompanyDirectory(this.namedJdbc, tenant, id, this.durability.postgres()),
					new JdbcRecordDirectory(this.namedJdbc, tenant, id, this.durability.postgres()),
					new SequenceIds(this.jdbc));
			Map<String, EntityCounts> counts = new LinkedHashMap<>();
			for (String entity : ImportJobs.countedEntities(type)) {
				counts.put(entity, EntityCounts.ZERO);
			}
			long[] rows = new long[3];
			long committed = 0;
			if (resumed) {
				counts.putAll(job.counts());
				committed = job.rows().processed();
				rows[0] = committed;
				rows[1] = job.rows().imported();
				rows[2] = job.rows().failed();
			}
			long replayed = committed;
			long[] chunks = new long[1];
			long total = job.rows().total();
			long[] writeNanos = new long[1];
			ChunkTimes times = new ChunkTimes();
			RecorderThread preview = recorder;
			boolean complete = pass.run(planner, this.properties.chunkSize(), replayed, (replay) -> {
				if (preview != null) {
					preview.add(replay);
				}
			}, (chunk) -> {
				long writeStart = System.nanoTime();
				ChunkPlan written = this.transactions.execute((status) -> {
					// One chunk at a time per tenant plans against the stored data and
					// writes: concurrent imports never both create a company with the
					// same natural key, and no record this chunk links to can be
					// deleted before it commits (every deleting writer takes the lock).
					long t0 = System.nanoTime();
					this.durability.chunkTransaction();
					this.tenants.lock(tenant);
					skipTakenCustomerNumbers(planner, tenant, chunk.size());
					ChunkPlan plan = planner.plan(chunk);
					long t1 = System.nanoTime();
					this.writer.insert(tenant, id, plan.inserts());
					long t2 = System.nanoTime();
					this.writer.fill(tenant, plan.fillEntity(), plan.fills());
					this.writer.update(tenant, id, plan.updates());
					long t3 = System.nanoTime();
					// Links the planner remembered from an earlier chunk may name a
					// record deleted in between: then the chunk rolls back and the job
					// fails, rather than leave a link pointing nowhere.
					this.links.requireTargets(tenant, plan);
					long t4 = System.nanoTime();
					times.plan += t1 - t0;
					times.insert += t2 - t1;
					times.update += t3 - t2;
					times.links += t4 - t3;
					for (RowOutcome row : plan.rows()) {
						rows[0]++;
						rows[(row.status() == RowStatus.INVALID) ? 2 : 1]++;
					}
					plan.counts().forEach((entity, c) -> counts.merge(entity, c, EntityCounts::plus));
					double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
					double rate = (rows[0] - replayed) / seconds;
					Long eta = (rate > 0) ? Math.round((total - rows[0]) / rate) : null;
					this.jobs.updateProgress(tenant, id, new ImportJob.RowCounts(total, rows[0], rows[1], rows[2]),
							counts, Math.round(rate * 10) / 10.0, eta);
					long t5 = System.nanoTime();
					times.progress += t5 - t4;
					// the commit runs from here until execute returns
					times.commit -= t5;
					return plan;
				});
				long committedAt = System.nanoTime();
				times.commit += committedAt;
				this.durability.afterCommit();
				long durableAt = System.nanoTime();
				times.checkpoint += durableAt - committedAt;
				if (preview != null) {
					preview.add(written);
				}
				times.preview += System.nanoTime() - durableAt;
				writeNanos[0] += System.nanoTime() - writeStart;
				chunks[0]++;
				// While the tables are small, their row counts change by factors; later
				// the
				// planner scales the stored statistics by the tables' size itself.
				if (Long.bitCount(chunks[0]) == 1 && chunks[0] <= STATISTICS_CHUNKS) {
					this.statistics.refresh();
				}
				return !this.jobs.cancelRequested(tenant, id);
			});
			if (complete && preview != null) {
				preview.finish(pass.columnWarnings(), fileMax);
			}
			logger.info(String.format("Import %s: %d rows in %.1f s, of which writing %.1f s (%s)", id, rows[0],
					(System.nanoTime() - started) / 1e9, writeNanos[0] / 1e9, times));
			if (!this.durability.postgres()) {
				// H2 picks indexes by the selectivity it stored: the undo and the next
				// import need it fresh at once. PostgreSQL scales its statistics by the
				// tables' current size, so there the job ends first.
				refreshStatistics(id);
			}
			OffsetDateTime finished = now();
			this.jobs.finish(tenant, id, complete ? JobStatus.COMPLETED : JobStatus.CANCELLED, finished,
					finished.plus(this.properties.undoWindow()), null);
			this.durability.afterCommit();
			if (this.durability.postgres()) {
				refreshStatistics(id);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Import " + id + " failed", ex);
			String reason = "The import stopped: " + rootMessage(ex) + ".";
			if (job.options().onError() == ErrorPolicy.ABORT) {
				this.undos.getObject().rollback(tenant, id);
				reason += " onError is ABORT, so what it had written was removed again.";
			}
			else {
				reason += " Rows up to the last committed chunk were written and can be undone.";
			}
			OffsetDateTime finished = now();
			this.jobs.finish(tenant, id, JobStatus.FAILED, finished, finished.plus(this.properties.undoWindow()),
					reason);
			this.durability.afterCommit();
		}
		finally {
			if (recorder != null) {
				recorder.close();
			}
		}
	}

	/**
	 * Statistics for the imports and look-ups that follow, once the job has ended: a
	 * failure here does not change the job's outcome.
	 */
	private void refreshStatistics(String id) {
		try {
			this.statistics.refresh();
		}
		catch (RuntimeException ex) {
			logger.warn("Import " + id + ": refreshing table statistics failed: " + rootMessage(ex));
		}
	}

	/**
	 * The first line of the root cause's message, masked: a database error may quote the
	 * values of a row (a private customer's personnummer in a unique-key violation).
	 */
	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = PersonalDataMask.apply(cause.getMessage());
		return (message != null) ? message.lines().findFirst().orElse(message) : cause.getClass().getSimpleName();
	}

	/**
	 * Where the chunks' time went, in nanoseconds: for the log line that benchmarks read.
	 */
	private static final class ChunkTimes {

		long plan;

		long insert;

		long update;

		long links;

		long progress;

		long commit;

		/** H2's checkpoint after each commit (none on PostgreSQL). */
		long checkpoint;

		long preview;

		@Override
		public String toString() {
			return String.format(
					"plan %.1f, insert %.1f, update %.1f, link checks %.1f, progress %.1f, commit %.1f,"
							+ " checkpoint %.1f, preview hand-over %.1f",
					this.plan / 1e9, this.insert / 1e9, this.update / 1e9, this.links / 1e9, this.progress / 1e9,
					this.commit / 1e9, this.checkpoint / 1e9, this.preview / 1e9);
		}

	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

}
