package intake.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import intake.mapping.RowShaper;
import intake.plan.ChunkPlan;
import intake.plan.CompanyDirectory;
import intake.plan.PlanMemory;
import intake.plan.Planner;
import intake.plan.Planners;
import intake.plan.RecordDirectory;
import intake.plan.RecordOptions;
import intake.plan.EmptyCellRule;
import intake.plan.FieldChange;
import intake.plan.IdAllocator;
import intake.plan.PlanOptions;
import intake.plan.PlanInput;
import intake.plan.RowOutcome;
import intake.schema.ImportType;
import intake.source.SourceRow;
import intake.validate.ColumnProfile;
import intake.validate.RowResult;
import intake.validate.RowValidator;
import intake.validate.TenantSettings;
import intake.validate.ValidationOptions;
import intake.validate.Violation;

/**
 * One streaming pass over a stored file: read, validate and plan the rows chunk by chunk.
 * The preview and the import run are both such a pass; only what they do with each chunk
 * differs.
 */
final class ImportPass {

	private final Path file;

	private final JobSource source;

	private final RowValidator validator;

	private final RowShaper shaper;

	ImportPass(Path file, ImportJob job, ImportType type, List<ColumnProfile> profiles, TenantSettings settings) {
		this.file = file;
		this.source = job.source();
		this.shaper = shaper(job);
		// cells added by shaping have no profile: their dates and numbers follow the
		// locale
		List<ColumnProfile> fileProfiles = profiles.subList(0, Math.min(profiles.size(), job.columns().size()));
		this.validator = new RowValidator(type, new TreeMap<>(this.shaper.fieldColumns()), fileProfiles, settings,
				new ValidationOptions(java.util.Set.copyOf(job.options().nullTokens())));
	}

	/** How the rows of this job's file are shaped before validation. */
	static RowShaper shaper(ImportJob job) {
		Map<String, Integer> fieldColumns = new TreeMap<>();
		for (JobColumn column : job.columns()) {
			if (column.field() != null) {
				fieldColumns.put(column.field(), column.index());
			}
		}
		return new RowShaper(job.columns().size(), fieldColumns, job.shaping());
	}

	List<Violation> columnWarnings() {
		return this.validator.columnWarnings().stream().map(this::inFile).toList();
	}

	/** The violation pointing at the file column, not at a cell added by shaping. */
	private Violation inFile(Violation violation) {
		int column = this.shaper.sourceColumn(violation.column());
		return (column == violation.column()) ? violation
				: new Violation(violation.line(), column, violation.field(), violation.value(), violation.message());
	}

	/**
	 * Runs the pass.
	 * @param planner plans each chunk
	 * @param chunkSize rows per chunk
	 * @param sink receives each chunk's plan; returns false to stop the pass
	 * @return whether the pass reached the end of the file
	 */
	boolean run(Planner planner, int chunkSize, ChunkSink sink) {
		return run(planner, chunkSize, 0, (replay) -> {
		}, (chunk) -> sink.accept(planner.plan(chunk)));
	}

	/**
	 * Runs the pass, first replaying rows an interrupted run already wrote.
	 * @param planner plans each chunk
	 * @param chunkSize rows per chunk
	 * @param replayRows how many leading rows were written already: they are planned with
	 * {@link Planner#replay} and not handed to the sink
	 * @param replayed receives the plans of the replayed chunks (not to be written)
	 * @param handler plans and handles each further chunk; returns false to stop the pass
	 * @return whether the pass reached the end of the file
	 */
	boolean run(Planner planner, int chunkSize, long replayRows, java.util.function.Consumer<ChunkPlan> replayed,
			ChunkHandler handler) {
		try (ReadAhead chunks = new ReadAhead(() -> this.source.open(this.file), this::input, chunkSize, replayRows,
				"intake-read")) {
			long planned = 0;
			for (List<PlanInput> chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
				if (planned < replayRows) {
					replayed.accept(planner.replay(chunk));
				}
				else if (!handler.handle(chunk)) {
					return false;
				}
				planned += chunk.size();
			}
			return true;
		}
	}

	private PlanInput input(SourceRow row) {
		// most rows have no warning: no stream for them (one per row adds up)
		List<Violation> rowWarnings = row.warnings().isEmpty() ? List.of()
				: row.warnings().stream().map((w) -> new Violation(row.line(), -1, "", "", w)).toList();
		if (row.error().isPresent()) {
			Violation error = new Violation(row.line(), -1, "", "", row.error().get());
			return new PlanInput(row.fields(), new RowResult(row.line(), Map.of(), List.of(error), rowWarnings));
		}
		RowResult result = this.validator.validate(row.line(), this.shaper.shape(row.fields()));
		if (!this.shaper.isIdentity()) {
			result = new RowResult(result.line(), result.values(), result.errors().stream().map(this::inFile).toList(),
					result.warnings().stream().map(this::inFile).toList());
		}
		if (!rowWarnings.isEmpty()) {
			List<Violation> warnings = new ArrayList<>(rowWarnings);
			warnings.addAll(result.warnings());
			result = new RowResult(result.line(), result.values(), result.errors(), warnings);
		}
		return new PlanInput(row.fields(), result);
	}

	/** How the job's options and mapping steer the planner. */
	static PlanOptions planOptions(ImportJob job) {
		Set<String> mapped = new HashSet<>(job.shaping().fields());
		for (JobColumn column : job.columns()) {
			if (column.field() != null) {
				mapped.add(column.field());
			}
		}
		EmptyCellRule emptyCells = (job.options().emptyCells() == EmptyCells.CLEAR) ? EmptyCellRule.CLEAR
				: EmptyCellRule.KEEP;
		return PlanOptions.of(job.options().mode(), job.options().matchOn(), emptyCells, mapped);
	}

	/** The planner of a pass over this job's file. */
	static Planner planner(ImportJob job, ImportType type, long firstFreeCustomerNumber, CompanyDirectory companies,
			RecordDirectory records, IdAllocator ids, PlanMemory memory) {
		Map<String, Integer> mapped = shaper(job).sourceColumns();
		JobOptions options = job.options();
		RecordOptions extra = new RecordOptions(options.createMissing(),
				(options.stock() == StockMode.ADJUST) ? RecordOptions.StockRule.ADJUST : RecordOptions.StockRule.SET,
				options.updatePrices(), options.matchOn());
		return Planners.of(type, planOptions(job), extra, mapped, firstFreeCustomerNumber, companies, records, ids,
				memory);
	}

	/**
	 * Converts a row's outcome to its preview item, to be stored: the values as converted
	 * (the store writes them in the JSON encoding, value by value, instead of every row's
	 * map being searched for values to encode first).
	 */
	static PreviewItem item(RowOutcome outcome) {
		// The cells as in the file are kept only where the problem and error files need
		// them.
		return new PreviewItem(outcome.line(), outcome.status().name(), outcome.values(), problems(outcome.errors()),
				problems(outcome.warnings()), changes(outcome.changes()),
				outcome.hasProblems() ? outcome.raw() : List.of());
	}

	/**
	 * Field changes in the JSON encoding, {@code from} and {@code to} (null when empty);
	 * E.164 copies go along with their phone field and are not listed.
	 */
	static Map<String, Map<String, Object>> changes(Map<String, FieldChange> changes) {
		if (changes.isEmpty()) {
			return Map.of();
		}
		Map<String, Map<String, Object>> encoded = new TreeMap<>();
		changes.forEach((key, change) -> {
			if (!key.endsWith("E164")) {
				Map<String, Object> fromTo = new LinkedHashMap<>();
				fromTo.put("from", JsonValues.encode(change.from()));
				fromTo.put("to", JsonValues.encode(change.to()));
				encoded.put(key, fromTo);
			}
		});
		return encoded;
	}

	static List<PreviewItem.Problem> problems(List<Violation> violations) {
		if (violations.isEmpty()) {
			return List.of();
		}
		return violations.stream()
			.map((v) -> new PreviewItem.Problem(v.field(), (v.column() >= 0) ? v.column() : null, v.value(),
					v.message()))
			.toList();
	}

	/**
	 * Handles the rows of each chunk, planning them itself (e.g. inside the transaction
	 * that writes them).
	 */
	@FunctionalInterface
	interface ChunkHandler {

		boolean handle(List<PlanInput> chunk);

	}

	/** Receives the plan of each chunk. */
	@FunctionalInterface
	interface ChunkSink {

		boolean accept(ChunkPlan plan);

	}

}
