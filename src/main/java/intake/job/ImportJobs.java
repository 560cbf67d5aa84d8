package intake.job;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import intake.plan.EntityCounts;
import intake.schema.FieldDef;
import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.source.RowSource;
import intake.source.SourceException;
import intake.source.SourceFormat;
import intake.source.SourceRow;

/**
 * The import flow as the API and the wizard drive it: upload and analyse, map, set
 * options, preview, start, follow. Every call acts within one tenant.
 */
@Service
public class ImportJobs {

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(ImportJobs.class);

	/** The import types that can be written so far. */

	private final JobRepository jobs;

	private final UploadStore uploads;

	private final Analyzer analyzer;

	private final Previews previews;

	private final JobScheduler scheduler;

	private final IntakeProperties properties;

	private final Mappings mappings;

	private final TenantSettingsReader settings;

	ImportJobs(JobRepository jobs, UploadStore uploads, Analyzer analyzer, Previews previews, JobScheduler scheduler,
			IntakeProperties properties, Mappings mappings, TenantSettingsReader settings) {
		this.properties = properties;
		this.mappings = mappings;
		this.settings = settings;
		this.jobs = jobs;
		this.uploads = uploads;
		this.analyzer = analyzer;
		this.previews = previews;
		this.scheduler = scheduler;
	}

	/**
	 * Stores an upload, analyses it and creates its job in {@link JobStatus#MAPPING}.
	 * @param tenantId the tenant
	 * @param createdBy the id of the user who uploads the file
	 * @param typeKey the import type
	 * @param fileName the file's name as uploaded
	 * @param content the file's bytes, streamed to disk
	 * @param settings the user's encoding, delimiter, header row and sheet, if given
	 * @return the new job
	 */
	public ImportJob create(long tenantId, long createdBy, String typeKey, String fileName, InputStream content,
			SourceSettings settings) {
		ImportType type = writableType(typeKey);
		SourceRequest request = request(settings);
		return create(tenantId, createdBy, type.key(), fileName, receive(content, request), settings);
	}

	/**
	 * Streams an upload's bytes to disk under a new job id, detecting its encoding and
	 * delimiter as they pass; the job is made by
	 * {@link #create(long, long, String, String, Received, SourceSettings)}, or the bytes
	 * dropped by {@link #discard(Received)}. For a request that streams its form fields
	 * and file as they arrive: the settings may be incomplete or invalid here (a field
	 * after the file); the job's creation then detects again or refuses them.
	 * @param content the file's bytes
	 * @param settings the settings known when the file begins
	 * @return the stored bytes
	 */
	public Received receive(InputStream content, SourceSettings settings) {
		SourceRequest request;
		try {
			request = request(settings);
		}
		catch (ImportException invalid) {
			request = new SourceRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
		}
		return receive(content, request);
	}

	private Received receive(InputStream content, SourceRequest request) {
		String id = UUID.randomUUID().toString();
		long started = System.nanoTime();
		EarlyDetection early = new EarlyDetection(request);
		EarlyProfile profile = new EarlyProfile(request);
		long size;
		try {
			size = this.uploads.store(id, early.tee(profile.tee(content)));
		}
		catch (RuntimeException ex) {
			early.finish();
			profile.finish();
			this.uploads.delete(id);
			throw ex;
		}
		Optional<intake.source.Detection> detected = early.finish();
		Optional<EarlyProfile.Pass> pass = profile.finish();
		return new Received(id, size, request, detected, pass, started);
	}

	/** Drops a received upload that will not become a job. */
	public void discard(Received received) {
		this.uploads.delete(received.id);
	}

	/**
	 * Analyses a received upload and creates its job in {@link JobStatus#MAPPING}; a
	 * refused upload is dropped.
	 * @param tenantId the tenant
	 * @param createdBy the id of the user who uploads the file
	 * @param typeKey the import type
	 * @param fileName the file's name as uploaded
	 * @param received the stored bytes
	 * @param settings the user's encoding, delimiter, header row and sheet, if given
	 * @return the new job
	 */
	public ImportJob create(long tenantId, long createdBy, String typeKey, String fileName, Received received,
			SourceSettings settings) {
		String id = received.id;
		try {
			ImportType type = writableType(typeKey);
			SourceRequest request = request(settings);
			if (received.size == 0) {
				throw new ImportException(ErrorCode.EMPTY_FILE, "The file " + fileName + " is empty.");
			}
			// A detection under other choices (a field sent after the file) is not used.
			Optional<intake.source.Detection> detected = (request.charset().equals(received.request.charset())
					&& request.delimiter().equals(received.request.delimiter())) ? received.detected : Optional.empty();
			long stored = System.nanoTime();
			Analyzer.Result analysis = analyse(id, type, request, detected, received.profile);
			logger.info(String.format("Upload %s: %d bytes stored in %.2f s (%s), analysed in %.2f s", id,
					received.size, (stored - received.started) / 1e9,
					analysis.profiledEarly() ? "profiled as it arrived" : "not profiled as it arrived",
					(System.nanoTime() - stored) / 1e9));
			Map<String, EntityCounts> counts = new LinkedHashMap<>();
			for (String entity : entitiesOf(type)) {
				counts.put(entity, EntityCounts.ZERO);
			}
			ImportJob job = new ImportJob(id, tenantId, type.key(), JobStatus.MAPPING, fileName, received.size,
					analysis.source(), analysis.columns(), defaultOptions(type),
					new ImportJob.RowCounts(analysis.rows(), 0, 0, 0), counts, 0, Optional.empty(), now(),
					Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0);
			this.jobs.insert(this.mappings.recall(job), createdBy);
			return get(tenantId, id);
		}
		catch (RuntimeException ex) {
			this.uploads.delete(id);
			this.analyzer.forget(id);
			throw ex;
		}
	}

	private static SourceRequest request(SourceSettings settings) {
		return new SourceRequest(charset(settings.encoding()), delimiter(settings.delimiter()),
				headerRow(settings.headerRow()), sheet(settings.sheet()));
	}

	/** An upload's bytes on disk, not yet a job. */
	public static final class Received {

		private final String id;

		private final long size;

		/** The user's choices the detection was made under. */
		private final SourceRequest request;

		private final Optional<intake.source.Detection> detected;

		private final Optional<EarlyProfile.Pass> profile;

		private final long started;

		private Received(String id, long size, SourceRequest request, Optional<intake.source.Detection> detected,
				Optional<EarlyProfile.Pass> profile, long started) {
			this.id = id;
			this.size = size;
			this.request = request;
			this.detected = detected;
			this.profile = profile;
			this.started = started;
		}

		/** The stored size in bytes. */
		public long size() {
			return this.size;
		}

	}

	private Analyzer.Result analyse(String id, ImportType type, SourceRequest request) {
		return analyse(id, type, request, Optional.empty(), Optional.empty());
	}

	private Analyzer.Result analyse(String id, ImportType type, SourceRequest request,
			Optional<intake.source.Detection> detected, Optional<EarlyProfile.Pass> profile) {
		try {
			return this.analyzer.analyse(id, this.uploads.file(id), type, request, detected, profile);
		}
		catch (SourceException ex) {
			throw new ImportException(ErrorCode.valueOf(ex.problem().name()), ex.getMessage());
		}
	}

	/**
	 * The first records of a job's file as it is read now, streaming: the lines above the
	 * header, the header and up to {@code dataRows} records after it; never more of the
	 * file.
	 * @param tenantId the tenant
	 * @param id the job
	 * @param dataRows how many records after the header, 1 to 100
	 * @return the sample
	 * @throws ImportException NOT_FOUND for another tenant's or no job, WRONG_STATE once
	 * the job has left {@link JobStatus#MAPPING} (its file may be gone)
	 */
	public FileSample sample(long tenantId, String id, int dataRows) {
		if (dataRows < 1 || dataRows > 100) {
			throw new ImportException(ErrorCode.BAD_REQUEST, "dataRows must be between 1 and 100");
		}
		ImportJob job = inState(get(tenantId, id), JobStatus.MAPPING, "show the file's first rows");
		int headerRow = job.source().headerRow();
		List<SourceRow> rows = new ArrayList<>();
		int data = 0;
		try (RowSource source = job.source().withoutHeader().open(this.uploads.file(id))) {
			while (data < dataRows && source.hasNext()) {
				SourceRow row = source.next();
				rows.add(row);
				if (row.line() > headerRow) {
					data++;
				}
			}
		}
		catch (SourceException ex) {
			throw new ImportException(ErrorCode.valueOf(ex.problem().name()), ex.getMessage());
		}
		return new FileSample(headerRow, rows);
	}

	/** Reads the stored file again with other settings; the mapping is matched anew. */
	public ImportJob changeSource(long tenantId, String id, SourceSettings settings) {
		ImportJob job = inState(get(tenantId, id), JobStatus.MAPPING, "change how the file is read");
		ImportType type = ImportTypes.find(job.type()).orElseThrow();
		JobSource before = job.source();
		boolean csv = before.format() == SourceFormat.CSV;
		Optional<Charset> charset = settings.encoding().isPresent() ? charset(settings.encoding())
				: Optional.of(Charset.forName(before.encoding())).filter((c) -> csv);
		Optional<Character> delimiter = settings.delimiter().isPresent() ? delimiter(settings.delimiter())
				: Optional.of(before.delimiter()).filter((d) -> csv);
		Optional<String> sheet = sheet(settings.sheet());
		boolean otherSheet = sheet.isPresent() && !sheet.get().equals(before.sheet());
		// A header row belongs to its sheet: on another sheet it is guessed again unless
		// given.
		Optional<Integer> headerRow = settings.headerRow().isPresent() ? headerRow(settings.headerRow())
				: Optional.of(before.headerRow()).filter((row) -> !otherSheet);
		if (sheet.isEmpty() && !csv) {
			sheet = Optional.of(before.sheet());
		}
		Analyzer.Result analysis = analyse(id, type, new SourceRequest(charset, delimiter, headerRow, sheet));
		JobSource source = analysis.source();
		if (settings.encoding().isEmpty() && before.encodingDetected() && source.format() == SourceFormat.CSV) {
			source = withDetected(source, job.source());
		}
		this.jobs.updateSource(this.mappings.recall(new ImportJob(job.id(), tenantId, job.type(), job.status(),
				job.fileName(), job.fileSize(), source, analysis.columns(), job.options(),
				new ImportJob.RowCounts(analysis.rows(), 0, 0, 0), job.counts(), 0, Optional.empty(), job.createdAt(),
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), job.version())));
		return get(tenantId, id);
	}

	private static JobSource withDetected(JobSource now, JobSource before) {
		return new JobSource(now.encoding(), true, before.encodingConfidence(), now.delimiter(),
				now.delimiterDetected() || (before.delimiterDetected() && before.delimiter() == now.delimiter()),
				now.delimiterDetected() ? now.delimiterConfidence() : before.delimiterConfidence(), now.headerRow(),
				now.warnings(), now.format(), now.sheet(), now.sheets());
	}

	/**
	 * Maps columns to fields: column index to field key, empty to ignore the column.
	 * Columns not named keep their mapping.
	 */
	public ImportJob changeMapping(long tenantId, String id, Map<Integer, Optional<String>> changes) {
		return changeMapping(tenantId, id, MappingChange.ofColumns(changes));
	}

	/**
	 * Changes the mapping: a saved mapping, columns, constants, value maps, combined and
	 * split columns (API.md "Mapping and options"); all or nothing.
	 */
	public ImportJob changeMapping(long tenantId, String id, MappingChange change) {
		ImportJob job = inState(get(tenantId, id), JobStatus.MAPPING, "change the mapping");
		ImportType type = ImportTypes.find(job.type()).orElseThrow();
		Optional<intake.mapping.SavedMapping> saved = change.savedMapping()
			.map((m) -> this.mappings.forType(tenantId, m, job.type()));
		ImportJob changed = MappingEditor.apply(job, type, change, saved, this.settings.read(tenantId));
		this.jobs.updateColumns(changed);
		saved.ifPresent((m) -> this.mappings.markUsed(tenantId, m.id()));
		return get(tenantId, id);
	}

	static ImportJob withColumns(ImportJob job, List<JobColumn> columns) {
		return new ImportJob(job.id(), job.tenantId(), job.type(), job.status(), job.fileName(), job.fileSize(),
				job.source(), columns, job.options(), job.rows(), job.counts(), job.rowsPerSecond(), job.etaSeconds(),
				job.createdAt(), job.startedAt(), job.finishedAt(), job.undoableUntil(), job.failureReason(),
				job.version(), job.shaping());
	}

	/** Changes import options before start. */
	public ImportJob changeOptions(long tenantId, String id, OptionsChange change) {
		ImportJob job = inState(get(tenantId, id), JobStatus.MAPPING, "change the options");
		JobOptions options = OptionsParser.apply(ImportTypes.find(job.type()).orElseThrow(), job.options(), change);
		if (!options.equals(job.options())) {
			this.jobs.updateOptions(new ImportJob(job.id(), tenantId, job.type(), job.status(), job.fileName(),
					job.fileSize(), job.source(), job.columns(), options, job.rows(), job.counts(), 0, Optional.empty(),
					job.createdAt(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
					job.version()));
		}
		return get(tenantId, id);
	}

	/**
	 * A page of the preview, built on first use for the job's current mapping and
	 * options.
	 */
	public Preview preview(long tenantId, String id, long offset, int limit, boolean onlyProblems) {
		if (offset < 0 || limit < 1 || limit > 1000) {
			throw new ImportException(ErrorCode.BAD_REQUEST, "offset must be 0 or more and limit between 1 and 1000");
		}
		ImportJob job = get(tenantId, id);
		if (job.status() != JobStatus.MAPPING && job.status() != JobStatus.QUEUED && job.status() != JobStatus.RUNNING
				&& job.status() != JobStatus.COMPLETED && job.status() != JobStatus.FAILED
				&& job.status() != JobStatus.CANCELLED) {
			throw new ImportException(ErrorCode.WRONG_STATE, "The preview of an undone import is gone.");
		}
		return this.previews.preview(job, offset, limit, onlyProblems);
	}

	/**
	 * Whether the next preview request of a job being set up builds the preview first: a
	 * pass over the whole file, which a page may want to show as waiting.
	 */
	public boolean previewMustBeBuilt(long tenantId, String id) {
		return this.previews.mustBuild(get(tenantId, id));
	}

	/** Starts the import in the background, after applying the given options. */
	public ImportJob start(long tenantId, String id, OptionsChange change) {
		ImportJob job = inState(get(tenantId, id), JobStatus.MAPPING, "start it");
		if (!change.equals(OptionsChange.none())) {
			job = changeOptions(tenantId, id, change);
		}
		List<String> missing = missingRequired(job);
		if (!missing.isEmpty()) {
			throw new ImportException(ErrorCode.MISSING_REQUIRED,
					"Map a column to " + String.join(", ", missing) + " before starting: "
							+ (missing.size() == 1 ? "it is" : "they are") + " required.",
					missing.stream()
						.map((f) -> new ImportException.Detail(null, f, null, f + " is required"))
						.toList());
		}
		// Only ABORT needs the verdict on every row before it may start; otherwise the
		// preview is built by the run itself (when not built yet) and start answers at
		// once.
		PreviewSummary preview = (job.options().onError() == ErrorPolicy.ABORT) ? this.previews.summary(job) : null;
		if (preview != null && preview.invalid() > 0) {
			throw new ImportException(ErrorCode.VALIDATION, preview.invalid()
					+ " rows are invalid and onError is ABORT; fix them (see problems.csv) or choose SKIP_ROW.");
		}
		if (!this.jobs.transition(tenantId, id, JobStatus.MAPPING, JobStatus.QUEUED)) {
			throw new ImportException(ErrorCode.WRONG_STATE, "The import was started already.");
		}
		ImportJob queued = get(tenantId, id);
		this.mappings.learn(queued);
		this.scheduler.schedule(tenantId, id);
		return queued;
	}

	public ImportJob get(long tenantId, String id) {
		return this.jobs.find(tenantId, id)
			.orElseThrow(() -> new ImportException(ErrorCode.NOT_FOUND, "There is no import " + id + "."));
	}

	/**
	 * Who created the tenant's job.
	 * @return the user id; empty for a job created before there were users
	 * @throws ImportException {@code NOT_FOUND} when the tenant has no such job
	 */
	public Optional<Long> createdBy(long tenantId, String id) {
		get(tenantId, id);
		return this.jobs.createdBy(tenantId, id);
	}

	/** The tenant's imports, newest first. */
	public List<ImportJob> list(long tenantId, int limit, long offset) {
		if (offset < 0 || limit < 1 || limit > 1000) {
			throw new ImportException(ErrorCode.BAD_REQUEST, "offset must be 0 or more and limit between 1 and 1000");
		}
		return this.jobs.list(tenantId, limit, offset);
	}

	public long count(long tenantId) {
		return this.jobs.count(tenantId);
	}

	/**
	 * The entities whose counts a job of this type reports even when zero, its main
	 * entity first (companies and contacts for a companies file).
	 * @param type the import type
	 * @return entity names
	 */
	public static List<String> countedEntities(ImportType type) {
		List<String> entities = new java.util.ArrayList<>();
		entities.add(type.mainEntity());
		type.fields().stream().map(FieldDef::entity).filter((e) -> !entities.contains(e)).forEach(entities::add);
		if (type.key().equals("products")) {
			entities.add("product-categories");
		}
		return entities;
	}

	/** Required field keys no column maps. */
	public static List<String> missingRequired(ImportJob job) {
		ImportType type = ImportTypes.find(job.type()).orElseThrow();
		List<String> mapped = new ArrayList<>(job.shaping().fields());
		job.columns().stream().map(JobColumn::field).filter((f) -> f != null).forEach(mapped::add);
		List<String> missing = new java.util.ArrayList<>(type.fields()
			.stream()
			.filter(FieldDef::required)
			.map(FieldDef::key)
			.filter((key) -> !mapped.contains(key))
			.toList());
		for (intake.schema.RequiredRule rule : ImportTypes.requiredRules(type)) {
			if (rule.anyOf().stream().noneMatch(mapped::contains)) {
				missing.add(String.join(" or ", rule.anyOf()));
			}
		}
		return missing;
	}

	private static ImportJob inState(ImportJob job, JobStatus status, String action) {
		if (job.status() != status) {
			throw new ImportException(ErrorCode.WRONG_STATE, "Cannot " + action + ": the import is "
					+ job.status().name() + "; that is possible only while it is " + status.name() + ".");
		}
		return job;
	}

	private static ImportType writableType(String typeKey) {
		ImportType type = ImportTypes.find((typeKey != null) ? typeKey : "")
			.orElseThrow(() -> new ImportException(ErrorCode.UNKNOWN_TYPE,
					"Unknown import type '" + typeKey + "'. Known types: "
							+ String.join(", ", ImportTypes.all().stream().map(ImportType::key).toList()) + "."));
		return type;
	}

	private static List<String> entitiesOf(ImportType type) {
		return type.fields().stream().map(FieldDef::entity).distinct().toList();
	}

	private static JobOptions defaultOptions(ImportType type) {
		List<String> keys = type.fields()
			.stream()
			.filter(FieldDef::naturalKey)
			.filter((f) -> f.entity().equals(type.mainEntity()))
			.map(FieldDef::key)
			.toList();
		return new JobOptions(type.defaultMode(), keys, ErrorPolicy.SKIP_ROW, EmptyCells.KEEP, false, StockMode.SET,
				false, List.of());
	}

	private static Optional<Charset> charset(Optional<String> name) {
		if (name.isEmpty() || name.get().isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Charset.forName(name.get().strip()));
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new ImportException(ErrorCode.VALIDATION,
					"Unknown encoding '" + name.get() + "'; use e.g. UTF-8, windows-1252, ISO-8859-1 or UTF-16LE.");
		}
	}

	private static Optional<Character> delimiter(Optional<String> text) {
		if (text.isEmpty() || text.get().isEmpty()) {
			return Optional.empty();
		}
		String value = text.get();
		if (value.equalsIgnoreCase("tab") || value.equals("\\t")) {
			return Optional.of('\t');
		}
		if (value.length() != 1 || value.charAt(0) == '"' || value.charAt(0) == '\r' || value.charAt(0) == '\n') {
			throw new ImportException(ErrorCode.VALIDATION,
					"The delimiter must be one character (e.g. ; , | :) or 'tab', not '" + value + "'.");
		}
		return Optional.of(value.charAt(0));
	}

	private static Optional<Integer> headerRow(Optional<Integer> headerRow) {
		if (headerRow.isPresent() && headerRow.get() < 0) {
			throw new ImportException(ErrorCode.VALIDATION, "headerRow must be 0 (no header) or a line number.");
		}
		return headerRow;
	}

	private static Optional<String> sheet(Optional<String> sheet) {
		return sheet.filter((name) -> !name.isBlank());
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Cancels an import. One that is not running yet ends {@code CANCELLED} at once; a
	 * running one stops after the chunk it is writing, and what it committed stays
	 * undoable. Cancelling a cancelled import changes nothing.
	 */
	public ImportJob cancel(long tenantId, String id) {
		ImportJob job = get(tenantId, id);
		OffsetDateTime now = now();
		if ((job.status() == JobStatus.MAPPING || job.status() == JobStatus.QUEUED)
				&& this.jobs.cancelBeforeRun(tenantId, id, now, now.plus(this.properties.undoWindow()))) {
			return get(tenantId, id);
		}
		if (this.jobs.requestCancel(tenantId, id)) {
			return get(tenantId, id);
		}
		job = get(tenantId, id);
		if (job.status() == JobStatus.CANCELLED) {
			return job;
		}
		throw new ImportException(ErrorCode.WRONG_STATE,
				"Cannot cancel: the import is " + job.status().name() + " already.");
	}

}
