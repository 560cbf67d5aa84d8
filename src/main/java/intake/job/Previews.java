package intake.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import intake.crm.CompanyNumbers;
import intake.crm.JdbcCompanyDirectory;
import intake.crm.JdbcRecordDirectory;
import intake.plan.Planner;
import intake.plan.EntityCounts;
import intake.plan.IdAllocator;
import intake.plan.RowOutcome;
import intake.plan.RowStatus;
import intake.schema.ImportType;
import intake.schema.ImportTypes;

/**
 * Builds and reads the per-row preview of a job: a full pass over the file that plans
 * every row against the stored data without writing, kept on disk per revision of the job
 * (every change of source, mapping or options makes a new revision).
 */
@Component
class Previews {

	private final UploadStore uploads;

	private final Analyzer analyzer;

	private final TenantSettingsReader settings;

	private final NamedParameterJdbcTemplate jdbc;

	private final CompanyNumbers numbers;

	private final JsonMapper json;

	private final IntakeProperties properties;

	private final intake.crm.Durability durability;

	private final JobRepository jobs;

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	/** How long a request waits for a build of the same preview on another instance. */
	static final java.time.Duration LOCK_WAIT = java.time.Duration.ofMinutes(5);

	Previews(UploadStore uploads, Analyzer analyzer, TenantSettingsReader settings, NamedParameterJdbcTemplate jdbc,
			CompanyNumbers numbers, JsonMapper json, IntakeProperties properties, intake.crm.Durability durability,
			JobRepository jobs) {
		this.jobs = jobs;
		this.durability = durability;
		this.uploads = uploads;
		this.analyzer = analyzer;
		this.settings = settings;
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.json = json;
		this.properties = properties;
	}

	/** The preview of the job's current revision, built if needed. */
	PreviewSummary summary(ImportJob job) {
		return current(job).summary();
	}

	/**
	 * The job's preview and its store, the job read again under the job's lock: a
	 * request's copy may predate a change of mapping or the import's start, and a build
	 * for it would plan a superseded revision, or the one the import's recorder writes.
	 */
	private Built current(ImportJob job) {
		if (this.uploads.erased(job.id())) {
			throw new ImportException(ErrorCode.WRONG_STATE, "The stored file of this import was erased because it"
					+ " held personal data of a record erased on request; its preview, problem and error files are"
					+ " gone. The imported records stay, and the import can still be undone.");
		}
		if (!java.nio.file.Files.exists(this.uploads.file(job.id()))) {
			throw new ImportException(ErrorCode.WRONG_STATE, "The stored file of this import was deleted when its"
					+ " undo window ended; its preview and problem files are gone. The imported records stay.");
		}
		long waitedSince = System.nanoTime();
		while (true) {
			synchronized (this.locks.computeIfAbsent(job.id(), (id) -> new Object())) {
				ImportJob now = this.jobs.find(job.tenantId(), job.id()).orElse(job);
				Built built = builtOrRefused(now);
				if (built != null) {
					return built;
				}
				// Built only under the lock that other instances sharing the data
				// directory honour too; the job and the store are checked again under
				// it: another holder may have built the preview or started the import.
				java.util.Optional<PreviewLock> lock = tryLock(job);
				if (lock.isPresent()) {
					try (PreviewLock held = lock.get()) {
						now = this.jobs.find(job.tenantId(), job.id()).orElse(job);
						built = builtOrRefused(now);
						if (built != null) {
							return built;
						}
						PreviewStore store = store(now);
						return new Built(store, build(now, store));
					}
				}
			}
			// another instance builds it: waited for outside the job's monitor
			if (System.nanoTime() - waitedSince > LOCK_WAIT.toNanos()) {
				throw new ImportException(ErrorCode.WRONG_STATE,
						"Another instance of the service is building" + " this preview and has not finished within "
								+ LOCK_WAIT.toMinutes() + " minutes; ask for it again later.");
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ImportException(ErrorCode.WRONG_STATE,
						"The request was stopped while it waited for the preview; ask for it again.");
			}
		}
	}

	/**
	 * The preview files' lock, if free; a purged job's answers as a missing upload does.
	 */
	private java.util.Optional<PreviewLock> tryLock(ImportJob job) {
		try {
			return PreviewLock.tryTake(this.uploads.directory(job.id()));
		}
		catch (java.io.UncheckedIOException ex) {
			if (ex.getCause() instanceof java.nio.file.NoSuchFileException) {
				throw new ImportException(ErrorCode.WRONG_STATE, "The stored file of this import was deleted"
						+ " when its undo window ended; its preview and problem files are gone.");
			}
			throw ex;
		}
	}

	/**
	 * The job's stored preview; null when it must be built; refused (409) while the
	 * import runs and records it.
	 */
	private Built builtOrRefused(ImportJob now) {
		PreviewStore store = store(now);
		java.util.Optional<PreviewSummary> built = store.summary();
		if (built.isPresent()) {
			return new Built(store, built.get());
		}
		if (now.status() == JobStatus.QUEUED || now.status() == JobStatus.RUNNING) {
			throw new ImportException(ErrorCode.WRONG_STATE, "The import is running and writes its preview as it"
					+ " goes; it is available when the import ends.");
		}
		return null;
	}

	private record Built(PreviewStore store, PreviewSummary summary) {
	}

	/**
	 * Whether a preview request would have to build the preview first: none is stored for
	 * the job's current revision, and the job is one whose preview a request builds.
	 */
	boolean mustBuild(ImportJob job) {
		if (job.status() != JobStatus.MAPPING || this.uploads.erased(job.id())
				|| !java.nio.file.Files.exists(this.uploads.file(job.id()))) {
			return false;
		}
		return store(job).summary().isEmpty();
	}

	/**
	 * The preview's summary and rows {@code offset .. offset+limit} of all, or of those
	 * with problems.
	 */
	Preview preview(ImportJob job, long offset, int limit, boolean onlyProblems) {
		Built built = current(job);
		return new Preview(built.summary(), built.store().page(offset, limit, onlyProblems));
	}

	/**
	 * The preview of the job's current revision; for an import that ran, the one it
	 * recorded or found when it started: the tenant's settings may have changed since,
	 * and a new build would plan the rows again against what the import wrote instead of
	 * telling each row's fate in it.
	 */
	private PreviewStore store(ImportJob job) {
		PreviewStore current = new PreviewStore(this.uploads.directory(job.id()),
				revision(job, this.settings.read(job.tenantId())), this.json);
		if (job.status() == JobStatus.MAPPING || job.status() == JobStatus.QUEUED
				|| job.status() == JobStatus.RUNNING) {
			return current;
		}
		return PreviewStore.imported(this.uploads.directory(job.id()), this.json)
			.filter(PreviewStore::built)
			.orElse(current);
	}

	private PreviewSummary build(ImportJob job, PreviewStore store) {
		ImportType type = ImportTypes.find(job.type()).orElseThrow();
		ImportPass pass = new ImportPass(this.uploads.file(job.id()), job, type,
				this.analyzer.profiles(job, this.uploads.file(job.id())), this.settings.read(job.tenantId()));
		try (Planner planner = ImportPass.planner(job, type, this.numbers.maxNumeric(job.tenantId()) + 1,
				new JdbcCompanyDirectory(this.jdbc, job.tenantId(), job.id(), this.durability.postgres()),
				new JdbcRecordDirectory(this.jdbc, job.tenantId(), job.id(), this.durability.postgres()),
				IdAllocator.counting(), this.properties.planMemory(this.uploads.directory(job.id())));
				PreviewRecorder recorder = new PreviewRecorder(store.writer(), ImportJobs.countedEntities(type))) {
			pass.run(planner, this.properties.chunkSize(), (plan) -> {
				recorder.add(plan);
				return true;
			});
			PreviewSummary summary = recorder.finish(pass.columnWarnings(),
					this.analyzer.maxCustomerNumber(job, this.uploads.file(job.id())));
			// Before the import the preview follows the mapping: earlier ones are
			// superseded, if this one is still the job's (read again: the mapping may
			// have changed, or the import started, while it was built).
			java.util.Optional<ImportJob> now = this.jobs.find(job.tenantId(), job.id());
			if (now.isPresent() && now.get().status() == JobStatus.MAPPING
					&& store.revision().equals(revision(now.get(), this.settings.read(job.tenantId())))) {
				store.dropOtherRevisions();
			}
			return summary;
		}
	}

	/**
	 * A recorder that writes the preview of the job's current revision during its import
	 * run, unless that preview is built already (then empty). While the job is queued or
	 * running, preview requests answer 409 (on any instance); a preview being built by a
	 * request is waited for, also on another instance sharing the data directory: the
	 * recorder holds the preview files' lock ({@link PreviewLock}) until it is closed.
	 * The previews of the job's other revisions are deleted: the import fixed the
	 * revision.
	 */
	java.util.Optional<PreviewRecorder> recorderIfMissing(ImportJob job) throws InterruptedException {
		PreviewStore store = store(job);
		while (true) {
			synchronized (this.locks.computeIfAbsent(job.id(), (id) -> new Object())) {
				java.util.Optional<PreviewLock> taken = PreviewLock.tryTake(this.uploads.directory(job.id()));
				if (taken.isPresent()) {
					PreviewLock lock = taken.get();
					try {
						// the import fixes the revision: earlier mappings' previews are
						// done with
						store.dropOtherRevisions();
						store.markImported();
						if (store.summary().isPresent()) {
							lock.close();
							return java.util.Optional.empty();
						}
						// held until the recording ends
						return java.util.Optional.of(new PreviewRecorder(store.writer(),
								ImportJobs.countedEntities(ImportTypes.get(job.type())), lock));
					}
					catch (RuntimeException ex) {
						lock.close();
						throw ex;
					}
				}
			}
			// a build on another instance sharing the data directory ends: waited for
			// outside the job's monitor
			Thread.sleep(50);
		}
	}

	/**
	 * What the preview depends on: how the file is read, the mapping, the options and the
	 * tenant's settings (country, locale, zone steer conversion). Status and progress
	 * changes of the job keep the preview.
	 */
	static String revision(ImportJob job, intake.validate.TenantSettings settings) {
		int hash = java.util.Objects.hash(job.source(), job.columns().stream().map(JobColumn::field).toList(),
				job.shaping(), job.options(), settings);
		return Integer.toHexString(hash);
	}

}
