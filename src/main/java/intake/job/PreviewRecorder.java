package intake.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import intake.plan.ChunkPlan;
import intake.plan.EntityCounts;
import intake.plan.RowOutcome;
import intake.plan.RowStatus;
import intake.validate.Violation;

/**
 * Records the per-row results of a pass into a preview store and adds up its totals: used
 * by the preview pass, and by an import run that was started without a preview, so the
 * file is converted and planned once.
 */
class PreviewRecorder implements AutoCloseable {

	private final PreviewStore.Writer writer;

	private final Map<String, EntityCounts> entities = new LinkedHashMap<>();

	private long total;

	private long valid;

	private long invalid;

	private long withWarnings;

	private long withProblems;

	private final List<String> counted;

	private final PreviewLock lock;

	PreviewRecorder(PreviewStore.Writer writer, List<String> counted) {
		this(writer, counted, null);
	}

	/**
	 * A recorder that holds the preview files' lock until it is closed.
	 * @param lock the lock on the job's preview files, or null
	 */
	PreviewRecorder(PreviewStore.Writer writer, List<String> counted, PreviewLock lock) {
		this.counted = List.copyOf(counted);
		this.writer = writer;
		this.lock = lock;
	}

	void add(ChunkPlan plan) {
		for (RowOutcome row : plan.rows()) {
			this.writer.add(ImportPass.item(row));
			this.total++;
			if (row.status() == RowStatus.INVALID) {
				this.invalid++;
			}
			else {
				this.valid++;
			}
			if (!row.warnings().isEmpty()) {
				this.withWarnings++;
			}
			if (row.hasProblems()) {
				this.withProblems++;
			}
		}
		plan.counts().forEach((entity, counts) -> this.entities.merge(entity, counts, EntityCounts::plus));
	}

	/** Completes the store and makes it visible. */
	PreviewSummary finish(List<Violation> columnWarnings, long maxCustomerNumber) {
		Map<String, EntityCounts> ordered = new java.util.LinkedHashMap<>();
		for (String entity : this.counted) {
			ordered.put(entity, this.entities.getOrDefault(entity, EntityCounts.ZERO));
		}
		ordered.putAll(this.entities);
		this.entities.clear();
		this.entities.putAll(ordered);
		PreviewSummary summary = new PreviewSummary(this.total, this.valid, this.invalid, this.withWarnings,
				this.entities, ImportPass.problems(columnWarnings), maxCustomerNumber, this.withProblems);
		this.writer.finish(summary);
		return summary;
	}

	@Override
	public void close() {
		try {
			this.writer.close();
		}
		finally {
			if (this.lock != null) {
				this.lock.close();
			}
		}
	}

}
