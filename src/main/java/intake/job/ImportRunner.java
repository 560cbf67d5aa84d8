package intake.job;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongFunction;

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
import intake.plan.EntityCounts;
import intake.plan.PlanInput;
import intake.plan.Planner;
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

	/** Set before the first run ({@link #useUndos}). */
	private volatile Undos undos;

	private final LinkIntegrity links;

	private final AtomicLong replans = new AtomicLong();

	private final AtomicLong spilled = new AtomicLong();

	private volatile BiConsumer<String, Long> plannedAhead = (job, chunk) -> {
	};

	ImportRunner(JobRepository jobs, UploadStore uploads, Analyzer analyzer, Previews previews,
			TenantSettingsReader settings, NamedParameterJdbcTemplate namedJdbc, JdbcClient jdbc,
			CompanyNumbers numbers, RecordWriter writer, TransactionTemplate transactions, TableStatistics statistics,
			IntakeProperties properties, InstanceName instance, Durability durability, TenantLock tenants,
			LinkIntegrity links) {
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

	/** Set when the service stops: runs end after their current chunk. */
	private volatile boolean stopping;

	/**
	 * What rolls back an {@code onError=ABORT} import that failed; given by the scheduler
	 * before it starts any run (undo depends on the scheduler, which depends on this).
	 */
	void useUndos(Undos undos) {
		this.undos = undos;
	}

	/**
	 * The service is stopping: each run ends after the chunk it is writing, its job left
	 * RUNNING for another instance (or this one, restarted) to go on with.
	 */
	void stopping() {
		this.stopping = true;
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
	 * Before a chunk is planned (under the tenant lock, or planning ahead, where a writer
	 * in between makes the chunk plan again): when any number the chunk could hand out is
	 * taken, the planner goes on above everything stored.
	 */
	private void skipTakenCustomerNumbers(Planner planner, long tenant, int rows) {
		OptionalLong next = planner.nextCustomerNumber();
		if (next.isPresent() && this.numbers.maxNumericBetween(tenant, next.getAsLong(), next.getAsLong() + rows) > 0) {
			planner.customerNumbersFrom(this.numbers.maxNumeric(tenant) + 1);
		}
	}

	/** Plans a chunk, its customer numbers above any another writer took meanwhile. */
	private ChunkPlan plan(Planner planner, long tenant, List<PlanInput> chunk) {
		skipTakenCustomerNumbers(planner, tenant, chunk.size());
		return planner.plan(chunk);
	}

	private void run(ImportJob queued) {
		run(queued, false, true, null);
	}

	private void run(ImportJob job, boolean resumed) {
		run(job, resumed, true, null);
	}

	/**
	 * @param mayPlanAhead false after a chunk planned ahead met another writer's commit:
	 * the rest of the job plans each chunk under the tenant lock
	 * @param carried the preview recorder of the run that met that commit, holding the
	 * chunks committed so far (the replayed plans are not recorded again), or null
	 */
	private void run(ImportJob job, boolean resumed, boolean mayPlanAhead, RecorderThread carried) {
		String id = job.id();
		long tenant = job.tenantId();
		long started = System.nanoTime();
		// a carried recorder is this run's to close from the start, whatever fails
		RecorderThread recorder = carried;
		boolean replan = false;
		StoppedForShutdown stopped = null;
		Planner opened = null;
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
			recorder = (carried != null) ? carried : recorderIfMissing(job);
			Planner planner = ImportPass.planner(job, type, firstFree,
					new JdbcCompanyDirectory(this.namedJdbc, tenant, id, this.durability.postgres()),
					new JdbcRecordDirectory(this.namedJdbc, tenant, id, this.durability.postgres()),
					new SequenceIds(this.jdbc), this.properties.planMemory(this.uploads.directory(id)));
			opened = planner;
			ChunkWriter writer = new ChunkWriter(job, type, recorder, started, resumed);
			RecorderThread preview = recorder;
			Consumer<ChunkPlan> replayed = (replay) -> {
				if (preview != null && carried == null) {
					preview.add(replay);
				}
			};
			int chunkSize = this.properties.chunkSize();
			boolean complete;
			if (mayPlanAhead && planner.plansAhead() && planAhead()) {
				try (PlanningAhead ahead = new PlanningAhead(job, planner, writer)) {
					complete = pass.run(planner, chunkSize, writer.replayed, replayed, ahead::handle);
					if (complete) {
						ahead.finish();
					}
				}
			}
			else {
				complete = pass.run(planner, chunkSize, writer.replayed, replayed, (chunk) -> writer.write((seq) -> {
					long t0 = System.nanoTime();
					ChunkPlan plan = plan(planner, tenant, chunk);
					writer.times.plan += System.nanoTime() - t0;
					return plan;
				}));
			}
			if (!complete && writer.stoppedForShutdown) {
				throw StoppedForShutdown.importRun(id);
			}
			if (complete && preview != null) {
				preview.finish(pass.columnWarnings(), fileMax);
			}
			else if (preview != null) {
				// closed before the job ends: a preview request may build it from then on
				closeQuietly(preview);
			}
			logger.info(String.format("Import %s: %d rows in %.1f s, of which writing %.1f s (%s)", id, writer.rows[0],
					(System.nanoTime() - started) / 1e9, writer.writeNanos / 1e9, writer.times));
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
		catch (StalePlan ex) {
			// nothing of the chunk was written: the job goes on below
			replan = true;
		}
		catch (StoppedForShutdown ex) {
			logger.info("Import " + id + ": stopped with the service after its last committed chunk; it goes on"
					+ " from there on the next instance that runs");
			stopped = ex;
		}
		catch (RuntimeException ex) {
			logger.error("Import " + id + " failed", ex);
			String reason = "The import stopped: " + rootMessage(ex) + ".";
			if (job.options().onError() == ErrorPolicy.ABORT) {
				this.undos.rollback(tenant, id);
				reason += " onError is ABORT, so what it had written was removed again.";
			}
			else {
				reason += " Rows up to the last committed chunk were written and can be undone.";
			}
			if (recorder != null) {
				closeQuietly(recorder);
			}
			OffsetDateTime finished = now();
			this.jobs.finish(tenant, id, JobStatus.FAILED, finished, finished.plus(this.properties.undoWindow()),
					reason);
			this.durability.afterCommit();
		}
		finally {
			if (opened != null) {
				closeQuietly(opened);
			}
			if (recorder != null && !replan) {
				recorder.close();
			}
		}
		if (stopped != null) {
			// to the scheduler, which hands the task back to the queue
			throw stopped;
		}
		if (replan) {
			this.replans.incrementAndGet();
			boolean handedOn = false;
			try {
				ImportJob current = this.jobs.find(tenant, id).orElse(null);
				if (current != null && current.status() == JobStatus.RUNNING) {
					logger.info("Import " + id + ": another writer of the tenant committed while a chunk was planned"
							+ " ahead; planning again after the last committed chunk (" + current.rows().processed()
							+ " rows), one chunk at a time");
					handedOn = true;
					run(current, true, false, recorder);
				}
			}
			finally {
				// the next run closes it; without one, it is closed here
				if (!handedOn && recorder != null) {
					recorder.close();
				}
			}
		}
	}

	private void closeQuietly(Planner planner) {
		long spilled = planner.spilled();
		if (spilled > 0) {
			this.spilled.addAndGet(spilled);
			logger.info("The import's planner moved " + spilled
					+ " companies (each move counted) from the heap to its spill file (intake.companies-in-heap)");
		}
		try {
			planner.close();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not delete the planner's spill file: " + ex);
		}
	}

	private static void closeQuietly(RecorderThread recorder) {
		try {
			recorder.close();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not close the preview being recorded: " + ex);
		}
	}

	/** Whether this instance plans chunks ahead where the planner allows it. */
	private boolean planAhead() {
		return switch (this.properties.planAhead()) {
			case ON -> true;
			case OFF -> false;
			case AUTO -> this.durability.postgres();
		};
	}

	/** How often a job planned again because a chunk planned ahead was stale (tests). */
	long replans() {
		return this.replans.get();
	}

	/** Companies the planners of this instance's imports spilled, for tests. */
	long spilled() {
		return this.spilled.get();
	}

	/**
	 * Called on the planning thread after each chunk planned ahead, with the job id and
	 * the chunk's number (from 0 in this run): lets tests write in between.
	 */
	void afterPlanningAhead(BiConsumer<String, Long> hook) {
		this.plannedAhead = (hook != null) ? hook : (job, chunk) -> {
		};
	}

	/**
	 * Writes one run's chunks, each in its own transaction with the job's progress, and
	 * hands them to the preview.
	 */
	private final class ChunkWriter {

		final ChunkTimes times = new ChunkTimes();

		final long[] rows = new long[3];

		/** Whether the run stopped after a chunk because the service stops. */
		boolean stoppedForShutdown;

		final long replayed;

		long writeNanos;

		private final long tenant;

		private final String id;

		private final RecorderThread preview;

		private final long started;

		private final long total;

		private final Map<String, EntityCounts> counts = new LinkedHashMap<>();

		private long chunks;

		ChunkWriter(ImportJob job, ImportType type, RecorderThread preview, long started, boolean resumed) {
			this.tenant = job.tenantId();
			this.id = job.id();
			this.preview = preview;
			this.started = started;
			this.total = job.rows().total();
			for (String entity : ImportJobs.countedEntities(type)) {
				this.counts.put(entity, EntityCounts.ZERO);
			}
			if (resumed) {
				this.counts.putAll(job.counts());
				this.rows[0] = job.rows().processed();
				this.rows[1] = job.rows().imported();
				this.rows[2] = job.rows().failed();
			}
			this.replayed = this.rows[0];
		}

		/**
		 * Writes a chunk in a transaction of its own.
		 * @param planUnderLock gives the chunk's plan once the tenant is locked, called
		 * with the tenant's write count
		 * @return whether the run goes on (false when cancelled)
		 */
		boolean write(LongFunction<ChunkPlan> planUnderLock) {
			long writeStart = System.nanoTime();
			ChunkPlan written = ImportRunner.this.transactions.execute((status) -> {
				// One chunk at a time per tenant plans against the stored data (or checks
				// that nobody wrote since it was planned ahead) and writes: concurrent
				// imports never both create a company with the same natural key, and no
				// record this chunk links to can be deleted before it commits (every
				// deleting writer takes the lock).
				ImportRunner.this.durability.chunkTransaction();
				ChunkPlan plan = planUnderLock.apply(ImportRunner.this.tenants.lock(this.tenant));
				long t1 = System.nanoTime();
				RecordWriter records = ImportRunner.this.writer;
				records.insert(this.tenant, this.id, plan.inserts());
				long t2 = System.nanoTime();
				records.fill(this.tenant, plan.fillEntity(), plan.fills());
				records.update(this.tenant, this.id, plan.updates());
				long t3 = System.nanoTime();
				// Links the planner remembered from an earlier chunk may name a record
				// deleted in between: then the chunk rolls back and the job fails, rather
				// than leave a link pointing nowhere.
				ImportRunner.this.links.requireTargets(this.tenant, plan);
				long t4 = System.nanoTime();
				this.times.insert += t2 - t1;
				this.times.update += t3 - t2;
				this.times.links += t4 - t3;
				for (RowOutcome row : plan.rows()) {
					this.rows[0]++;
					this.rows[(row.status() == RowStatus.INVALID) ? 2 : 1]++;
				}
				plan.counts().forEach((entity, c) -> this.counts.merge(entity, c, EntityCounts::plus));
				double seconds = Math.max(1e-3, (System.nanoTime() - this.started) / 1e9);
				double rate = (this.rows[0] - this.replayed) / seconds;
				Long eta = (rate > 0) ? Math.round((this.total - this.rows[0]) / rate) : null;
				ImportRunner.this.jobs.updateProgress(this.tenant, this.id,
						new ImportJob.RowCounts(this.total, this.rows[0], this.rows[1], this.rows[2]), this.counts,
						Math.round(rate * 10) / 10.0, eta);
				long t5 = System.nanoTime();
				this.times.progress += t5 - t4;
				// the commit runs from here until execute returns
				this.times.commit -= t5;
				return plan;
			});
			long committedAt = System.nanoTime();
			this.times.commit += committedAt;
			ImportRunner.this.durability.afterCommit();
			long durableAt = System.nanoTime();
			this.times.checkpoint += durableAt - committedAt;
			if (this.preview != null) {
				this.preview.add(written);
			}
			this.times.preview += System.nanoTime() - durableAt;
			this.writeNanos += System.nanoTime() - writeStart;
			this.chunks++;
			// While the tables are small, their row counts change by factors; later the
			// planner scales the stored statistics by the tables' size itself.
			if (Long.bitCount(this.chunks) == 1 && this.chunks <= STATISTICS_CHUNKS) {
				ImportRunner.this.statistics.refresh();
			}
			if (ImportRunner.this.stopping) {
				this.stoppedForShutdown = true;
				return false;
			}
			return !ImportRunner.this.jobs.cancelRequested(this.tenant, this.id);
		}

	}

	/**
	 * Plans chunk n+1 on a thread of its own while chunk n is written, so the database
	 * and the planner work side by side. Planning ahead happens outside the tenant lock,
	 * so a plan may miss what another writer of the tenant commits meanwhile (a company
	 * with the same key). Each plan starts only once the tenant's write count is known
	 * (read at the start, then under the lock of the chunk being written); the chunk's
	 * own transaction must find that count plus its own 1, else it throws
	 * {@link StalePlan} and writes nothing.
	 */
	private final class PlanningAhead implements AutoCloseable {

		private final ImportJob job;

		private final Planner planner;

		private final ChunkWriter writer;

		private final ExecutorService thread;

		private Future<ChunkPlan> pending;

		/** The write count the pending plan's look-ups started after. */
		private long seen;

		private long planned;

		private final AtomicLong planNanos = new AtomicLong();

		PlanningAhead(ImportJob job, Planner planner, ChunkWriter writer) {
			this.job = job;
			this.planner = planner;
			this.writer = writer;
			this.thread = Executors.newSingleThreadExecutor((task) -> {
				Thread t = new Thread(task, "intake-plan");
				t.setDaemon(true);
				return t;
			});
		}

		/** Writes the chunk planned before and starts planning this one. */
		boolean handle(List<PlanInput> chunk) {
			if (this.pending == null) {
				this.seen = ImportRunner.this.tenants.written(this.job.tenantId());
				this.pending = submit(chunk);
				return true;
			}
			ChunkPlan plan = awaitPending();
			return this.writer.write((count) -> {
				requireFresh(count);
				this.seen = count;
				this.pending = submit(chunk);
				return plan;
			});
		}

		/** Writes the last chunk planned. */
		void finish() {
			if (this.pending != null) {
				ChunkPlan plan = awaitPending();
				this.writer.write((count) -> {
					requireFresh(count);
					return plan;
				});
			}
			this.writer.times.planAhead = this.planNanos.get();
		}

		private void requireFresh(long count) {
			if (count != this.seen + 1) {
				throw new StalePlan();
			}
		}

		private Future<ChunkPlan> submit(List<PlanInput> chunk) {
			long number = this.planned++;
			long tenant = this.job.tenantId();
			return this.thread.submit(() -> {
				long t0 = System.nanoTime();
				ChunkPlan plan = plan(this.planner, tenant, chunk);
				this.planNanos.addAndGet(System.nanoTime() - t0);
				ImportRunner.this.plannedAhead.accept(this.job.id(), number);
				return plan;
			});
		}

		private ChunkPlan awaitPending() {
			Future<ChunkPlan> future = this.pending;
			this.pending = null;
			long t0 = System.nanoTime();
			try {
				return future.get();
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while planning a chunk", ex);
			}
			finally {
				this.writer.times.plan += System.nanoTime() - t0;
			}
		}

		/** Lets a plan still running end (its look-ups) before the run goes on. */
		@Override
		public void close() {
			this.thread.shutdown();
			try {
				if (!this.thread.awaitTermination(1, TimeUnit.MINUTES)) {
					this.thread.shutdownNow();
					// the planner is closed next: not under a plan still running
					this.thread.awaitTermination(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				this.thread.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}

	}

	/**
	 * A chunk planned ahead while another writer of the tenant committed: its plan may
	 * miss what that writer stored. Rolls the chunk's transaction back.
	 */
	private static final class StalePlan extends RuntimeException {

		StalePlan() {
			super("A chunk planned ahead is stale: another writer of the tenant committed meanwhile", null, false,
					false);
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
	 * A thread recording the preview, unless it is built already; waits for a build of it
	 * on another instance.
	 */
	private RecorderThread recorderIfMissing(ImportJob job) {
		try {
			return this.previews.recorderIfMissing(job)
				.map((r) -> new RecorderThread(r, "intake-preview"))
				.orElse(null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a preview build to end", ex);
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

		/** Planning (planning ahead: the writer's wait for the plan). */
		long plan;

		/** The planning thread's own time, when planning ahead. */
		long planAhead;

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
					"plan %.1f (ahead %.1f), insert %.1f, update %.1f, link checks %.1f, progress %.1f, commit %.1f,"
							+ " checkpoint %.1f, preview hand-over %.1f",
					this.plan / 1e9, this.planAhead / 1e9, this.insert / 1e9, this.update / 1e9, this.links / 1e9,
					this.progress / 1e9, this.commit / 1e9, this.checkpoint / 1e9, this.preview / 1e9);
		}

	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

}
