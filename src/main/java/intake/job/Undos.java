package intake.job;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import intake.crm.Durability;
import intake.crm.ImportedRecords;
import intake.crm.JournalRestorer;

/**
 * Self-service undo of an import, for records of every entity: gives the records it
 * updated their previous values back (newest journal row first), then removes the records
 * it created (children before parents), and keeps — and lists — records edited or
 * referenced since. Restoring first lets a restored link free a record the import created
 * for removal; the preview, taken before, counts such a record as kept.
 * <p>
 * Undo runs in the background as a task of the {@link JobScheduler}, as imports do:
 * claimed by exactly one instance, kept alive by heartbeats, revived by another instance
 * (or this one restarted) when its instance dies, and handed back to the queue when the
 * service stops. It works in chunked transactions; each chunk commits its removals
 * together with the running totals in the job row and marks the journal rows it replayed,
 * so an undo that stops half-way resumes where it stopped and ends with the right
 * figures. Status changes are compare-and-set, so two requests never both undo.
 */
@Service
public class Undos implements DisposableBean {

	/** The most kept records an undo report lists. */
	public static final int KEPT_LIMIT = 1000;

	private static final Log logger = LogFactory.getLog(Undos.class);

	private final JobRepository jobs;

	private final UndoStore store;

	private final ImportedRecords records;

	private final JournalRestorer restorer;

	private final TransactionTemplate transactions;

	private final IntakeProperties properties;

	private final Clock clock;

	private final JobScheduler scheduler;

	private final TenantLock tenants;

	private final Durability durability;

	private volatile boolean stopping;

	Undos(JobRepository jobs, UndoStore store, ImportedRecords records, JournalRestorer restorer,
			TransactionTemplate transactions, IntakeProperties properties, Clock clock, TenantLock tenants,
			JobScheduler scheduler, Durability durability) {
		this.scheduler = scheduler;
		this.durability = durability;
		this.tenants = tenants;
		this.jobs = jobs;
		this.store = store;
		this.records = records;
		this.restorer = restorer;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * What undoing the import would do now; for an undone import, what it did.
	 * @throws ImportException {@code NOT_FOUND}, or {@code WRONG_STATE} before the import
	 * finished
	 */
	public UndoReport preview(long tenantId, String id) {
		ImportJob job = get(tenantId, id);
		return switch (job.status()) {
			case UNDONE -> this.store.report(tenantId, id).orElseGet(() -> report(tenantId, id));
			case COMPLETED, FAILED, CANCELLED, UNDOING -> report(tenantId, id);
			default -> throw new ImportException(ErrorCode.WRONG_STATE, "The import is " + job.status().name()
					+ "; undo is possible once it is COMPLETED, FAILED or CANCELLED.");
		};
	}

	/**
	 * The outcome of an undo request.
	 *
	 * @param job the job as it is now
	 * @param started whether this request started the undo ({@code false}: it was undone
	 * already and nothing changed)
	 */
	public record Request(ImportJob job, boolean started) {
	}

	/**
	 * Starts undoing a finished import in the background; the job is {@code UNDOING}
	 * until it ends {@code UNDONE}. Undoing an undone import changes nothing.
	 * @throws ImportException {@code NOT_FOUND}; {@code WRONG_STATE} while the import has
	 * not finished or is being undone; {@code UNDO_WINDOW_CLOSED} after
	 * {@code undoableUntil}
	 */
	public Request undo(long tenantId, String id) {
		ImportJob job = get(tenantId, id);
		switch (job.status()) {
			case UNDONE:
				return new Request(job, false);
			case COMPLETED, FAILED, CANCELLED:
				break;
			default:
				throw new ImportException(ErrorCode.WRONG_STATE, "Cannot undo the import: it is " + job.status().name()
						+ "; undo is possible once it is COMPLETED, FAILED or CANCELLED.");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Optional<OffsetDateTime> until = job.undoableUntil();
		if (until.isEmpty() || now.isAfter(until.get())) {
			throw new ImportException(ErrorCode.UNDO_WINDOW_CLOSED, "The import can no longer be undone: "
					+ until.map((u) -> "that was possible until " + u + ".").orElse("it has no undo window."));
		}
		if (!this.jobs.transition(tenantId, id, job.status(), JobStatus.UNDOING)) {
			throw new ImportException(ErrorCode.WRONG_STATE,
					"The import changed status while the undo was requested; look at it again.");
		}
		ImportJob undoing = get(tenantId, id);
		this.scheduler.scheduleUndo(tenantId, id);
		return new Request(undoing, true);
	}

	/** The outcome of the import's undo, once it is undone. */
	public Optional<UndoReport> outcome(long tenantId, String id) {
		return this.store.report(tenantId, id);
	}

	/**
	 * Queues the undo of every job left {@code UNDOING} without a queued or running undo
	 * task: a process that stopped between the job's change to {@code UNDOING} and the
	 * task's creation, or a build from before undos were tasks. Run at start and by the
	 * scheduler's {@code undo-sweep} every minute on some instance. The scheduler keeps
	 * the others (and revives those of dead instances) by itself.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void resumeInterrupted() {
		for (ImportJob job : this.jobs.findByStatus(List.of(JobStatus.UNDOING))) {
			if (this.scheduler.scheduleUndo(job.tenantId(), job.id())) {
				logger.info("Resuming the undo of import " + job.id());
			}
		}
	}

	/**
	 * Runs the undo of a job, as its scheduler task: to the end, or until the service
	 * stops ({@link StoppedForShutdown} after a committed chunk, the job left
	 * {@code UNDOING}). A job no longer {@code UNDOING} is left alone: its undo ended
	 * before this task ran (queued twice by {@link #resumeInterrupted()}).
	 */
	public void execute(long tenantId, String id) {
		Optional<ImportJob> job = this.jobs.find(tenantId, id);
		if (job.isEmpty() || job.get().status() != JobStatus.UNDOING) {
			return;
		}
		if (this.stopping) {
			// claimed during the shutdown: left for the next instance at once
			throw StoppedForShutdown.undoRun(id);
		}
		try {
			run(tenantId, id);
		}
		catch (StoppedForShutdown ex) {
			logger.info(ex.getMessage() + "; it goes on when an instance takes it up");
			throw ex;
		}
		catch (RuntimeException ex) {
			logger.error("Undo of import " + id + " stopped; it is tried again in a few minutes", ex);
			throw ex;
		}
	}

	/**
	 * Removes what an import wrote and restores what it updated, at once and without
	 * changing its status: an import with {@code onError=ABORT} that failed while
	 * writing. Records edited since are kept, as in an undo.
	 */
	public void rollback(long tenantId, String id) {
		removeAndRestore(tenantId, id, false);
	}

	private void run(long tenantId, String id) {
		removeAndRestore(tenantId, id, true);
		if (!this.store.finish(tenantId, id, report(tenantId, id))) {
			logger.warn("Import " + id + " was no longer UNDOING when its undo ended");
		}
		this.durability.afterCommit();
	}

	/**
	 * @param stoppable whether to end after a committed chunk when the service stops (an
	 * undo's task), else to run to the end (an ABORT import's rollback, which its run
	 * finishes before it ends)
	 */
	private void removeAndRestore(long tenantId, String id, boolean stoppable) {
		int chunk = Math.max(1, this.properties.chunkSize());
		// The figures are not worked out here: on a large import they cost as much as a
		// removal pass; the report at the end has them.
		logger.info("Undoing import " + id + ", removed before " + this.store.removed(tenantId, id));
		long before = Long.MAX_VALUE;
		while (true) {
			long after = before;
			// The pending rows are read under the lock: a second run of the same undo (an
			// instance revived it while its first one still ran) finds the rows the first
			// one replayed marked, and never judges a row twice.
			List<ImportedRecords.JournalRow> batch = this.transactions.execute((status) -> {
				// Under the lock, a previous link checked to exist stays so until commit.
				this.tenants.lock(tenantId);
				List<ImportedRecords.JournalRow> rows = this.records.pendingJournal(tenantId, id, after, chunk);
				List<JournalRestorer.Outcome> outcomes = this.restorer.restore(tenantId, rows, (row, ex) -> logger
					.warn("Journal row " + row.id() + " cannot be restored; its record is kept: " + ex.getMessage()));
				Map<ImportedRecords.JournalResult, List<Long>> results = new EnumMap<>(
						ImportedRecords.JournalResult.class);
				for (int i = 0; i < rows.size(); i++) {
					results.computeIfAbsent(result(outcomes.get(i)), (r) -> new ArrayList<>()).add(rows.get(i).id());
				}
				results.forEach((result, ids) -> this.records.markJournal(tenantId, ids, result));
				return rows;
			});
			if (batch == null || batch.isEmpty()) {
				break;
			}
			this.durability.afterCommit();
			before = batch.get(batch.size() - 1).id();
			stopIfStopping(id, stoppable);
		}
		// Removal goes by id ranges, in batches larger than the import's chunks: a delete
		// is cheaper per row than an insert, the statements per batch are what costs.
		int batch = chunk * 5;
		for (String entity : ImportedRecords.REMOVAL_ORDER) {
			Optional<ImportedRecords.IdSpan> span = this.records.createdSpan(tenantId, id, entity);
			if (span.isEmpty()) {
				continue;
			}
			long after = span.get().first() - 1;
			long last = span.get().last();
			long end;
			while ((end = this.records.batchEnd(tenantId, id, entity, after, last, batch)) > 0) {
				long from = after;
				long upTo = end;
				this.transactions.executeWithoutResult((status) -> {
					// The delete re-checks that nothing points at a record; under the
					// lock no writer adds such a link before it commits.
					this.tenants.lock(tenantId);
					int removed = this.records.deleteRange(tenantId, id, entity, from, upTo);
					if (removed > 0) {
						this.store.addRemoved(tenantId, id, entity, removed);
					}
				});
				this.durability.afterCommit();
				after = end;
				stopIfStopping(id, stoppable);
			}
		}
	}

	private void stopIfStopping(String id, boolean stoppable) {
		if (stoppable && this.stopping) {
			throw StoppedForShutdown.undoRun(id);
		}
	}

	/** What a journal row is marked with after its record's outcome. */
	private static ImportedRecords.JournalResult result(JournalRestorer.Outcome outcome) {
		return switch (outcome) {
			case RESTORED -> ImportedRecords.JournalResult.RESTORED;
			case MOVED -> ImportedRecords.JournalResult.KEPT;
			case LINK_GONE -> ImportedRecords.JournalResult.LINK_GONE;
		};
	}

	/** The figures of the job's undo: what was removed so far plus what is left. */
	private UndoReport report(long tenantId, String id) {
		Map<String, Long> removed = this.store.removed(tenantId, id);
		Map<String, Long> remove = new LinkedHashMap<>();
		Map<String, Long> keep = new LinkedHashMap<>();
		this.records.figures(tenantId, id).forEach((entity, figures) -> {
			remove.put(entity, figures.removable() + removed.getOrDefault(entity, 0L));
			keep.put(entity, figures.kept());
		});
		removed.forEach(remove::putIfAbsent);
		this.records.countJournalKept(tenantId, id).forEach((entity, n) -> keep.merge(entity, n, Long::sum));
		List<UndoReport.KeptRecord> kept = new ArrayList<>();
		this.records.kept(tenantId, id, KEPT_LIMIT).forEach((k) -> kept.add(kept(k)));
		this.records.journalKept(tenantId, id, KEPT_LIMIT - kept.size()).forEach((k) -> kept.add(kept(k)));
		return new UndoReport(remove, this.records.countRestorable(tenantId, id), keep, kept);
	}

	private static UndoReport.KeptRecord kept(ImportedRecords.Kept kept) {
		return new UndoReport.KeptRecord(kept.entity(), Long.toString(kept.id()), kept.reason().name());
	}

	private ImportJob get(long tenantId, String id) {
		return this.jobs.find(tenantId, id)
			.orElseThrow(() -> new ImportException(ErrorCode.NOT_FOUND, "There is no import " + id + "."));
	}

	/**
	 * The service is stopping: each undo ends after the chunk it is writing, its job left
	 * {@code UNDOING} and its task handed back to the queue. Runs before the scheduler
	 * stops (this bean depends on it, so it is destroyed first).
	 */
	@Override
	public void destroy() {
		this.stopping = true;
	}

}
