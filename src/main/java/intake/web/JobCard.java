package intake.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.JobStatus;
import intake.plan.EntityCounts;
import intake.schema.ImportType;
import intake.schema.ImportTypes;

/**
 * What the job page shows of an import: status, progress, counts and what can be done
 * next.
 *
 * @param id the job id
 * @param typeLabel the import type's label in the page's language
 * @param status the status name
 * @param fileName the uploaded file's name
 * @param rows row counts
 * @param percent processed rows in percent of all rows (0 to 100)
 * @param rowsPerSecond the current write speed, whole rows
 * @param hasEta whether {@code etaSeconds} is known
 * @param etaSeconds the estimated seconds left
 * @param counts records per entity, the type's own entities first
 * @param failureReason why the import failed, empty when it did not
 * @param undoable whether undo is possible now
 * @param undoableUntil until when undo is possible, if ever
 */
record JobCard(String id, String typeLabel, String status, String fileName, ImportJob.RowCounts rows, int percent,
		long rowsPerSecond, boolean hasEta, long etaSeconds, List<Entity> counts, String failureReason,
		boolean undoable, List<OffsetDateTime> undoableUntil) {

	/**
	 * The records of one entity.
	 *
	 * @param entity the entity, e.g. {@code companies}
	 * @param counts created, updated, unchanged and skipped
	 */
	record Entity(String entity, EntityCounts counts) {

		/**
		 * Whether the import wrote records of the entity, so that a list is worth a link.
		 */
		public boolean written() {
			return this.counts.created() + this.counts.updated() > 0;
		}

	}

	static JobCard of(ImportJob job, Locale locale, OffsetDateTime now) {
		ImportJob.RowCounts rows = job.rows();
		int percent = (rows.total() <= 0) ? (job.status().isFinal() ? 100 : 0)
				: (int) Math.min(100, rows.processed() * 100 / rows.total());
		boolean undoable = (job.status() == JobStatus.COMPLETED || job.status() == JobStatus.FAILED
				|| job.status() == JobStatus.CANCELLED) && job.undoableUntil().filter(now::isBefore).isPresent();
		List<Entity> counts = ordered(job.type(), job.counts()).entrySet()
			.stream()
			.map((e) -> new Entity(e.getKey(), e.getValue()))
			.toList();
		return new JobCard(job.id(), typeLabel(job.type(), locale), job.status().name(), job.fileName(), rows, percent,
				Math.round(job.rowsPerSecond()), job.etaSeconds().isPresent(), job.etaSeconds().orElse(0L), counts,
				job.failureReason().orElse(""), undoable, job.undoableUntil().stream().toList());
	}

	/** Whether the page follows the job live: it is not in a final status yet. */
	public boolean live() {
		return !JobStatus.valueOf(this.status).isFinal();
	}

	/** Whether it can still be cancelled. */
	public boolean cancellable() {
		return this.status.equals("QUEUED") || this.status.equals("RUNNING");
	}

	/** Whether some rows failed, so that there is an error file. */
	public boolean hasErrors() {
		return this.rows.failed() > 0;
	}

	/** The type's label in the language, else in English. */
	static String typeLabel(String type, Locale locale) {
		return ImportTypes.find(type).map((t) -> t.labels().getOrDefault(locale.getLanguage(), t.label())).orElse(type);
	}

	/** Counts per entity: the type's own entities first, then by name. */
	static Map<String, EntityCounts> ordered(String typeKey, Map<String, EntityCounts> counts) {
		Map<String, EntityCounts> ordered = new java.util.LinkedHashMap<>();
		List<String> first = new ArrayList<>();
		ImportTypes.find(typeKey).map(ImportJobs::countedEntities).ifPresent(first::addAll);
		for (String entity : first) {
			if (counts.containsKey(entity)) {
				ordered.put(entity, counts.get(entity));
			}
		}
		new TreeMap<>(counts).forEach(ordered::putIfAbsent);
		return ordered;
	}

	static ImportType type(ImportJob job) {
		return ImportTypes.find(job.type()).orElseThrow();
	}

}
