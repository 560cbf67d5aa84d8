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
import intake.plan.CompanyPlanner;
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

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	Previews(UploadStore uploads, Analyzer analyzer, TenantSettingsReader settings, NamedParameterJdbcTemplate jdbc,
			CompanyNumbers numbers, JsonMapper json, IntakeProperties properties, intake.crm.Durability durability) {
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
		if (!java.nio.file.Files.exists(this.uploads.file(job.id()))) {
			throw new ImportException(ErrorCode.WRONG_STATE, "The stored file of this import was deleted when its"
					+ " undo window ended; its preview and problem files are gone. The imported records stay.");
		}
		PreviewStore store = store(job);
		synchronized (this.locks.computeIfAbsent(job.id(), (id) -> new Object())) {
			return store.summary().orElseGet(() -> build(job, store));
		}
	}

	List<PreviewItem> page(ImportJob job, long offset, int limit, boolean onlyProblems) {
		summary(job);
		return store(job).page(offset, limit, onlyProblems);
	}

	private PreviewStore store(ImportJob job) {
		return new PreviewStore(this.uploads.directory(job.id()), revision(job), this.json);
	}

	private PreviewSummary build(ImportJob job, PreviewStore store) {
		ImportType type = ImportTypes.find(job.type()).orElseThrow();
		ImportPass pass = new ImportPass(this.uploads.file(job.id()), job, type,
				this.analyzer.profiles(job, this.uploads.file(job.id())), this.settings.read(job.tenantId()));
		CompanyPlanner planner = ImportPass.planner(job, type, this.numbers.maxNumeric(job.tenantId()) + 1,
				new JdbcCompanyDirectory(this.jdbc, job.tenantId(), job.id(), this.durability.postgres()),
				IdAllocator.counting());
		long[] totals = new long[5];
		long[] maxCustomer = new long[1];
		Map<String, EntityCounts> entities = new LinkedHashMap<>();
		try (PreviewStore.Writer writer = store.writer()) {
			pass.run(planner, this.properties.chunkSize(), (plan) -> {
				for (RowOutcome row : plan.rows()) {
					writer.add(ImportPass.item(row));
					totals[0]++;
					if (row.status() == RowStatus.INVALID) {
						totals[2]++;
					}
					else {
						totals[1]++;
						maxCustomer[0] = Math.max(maxCustomer[0], numeric(row.values().get("CompanyId")));
					}
					if (!row.warnings().isEmpty()) {
						totals[3]++;
					}
					if (row.hasProblems()) {
						totals[4]++;
					}
				}
				plan.counts().forEach((entity, counts) -> entities.merge(entity, counts, EntityCounts::plus));
				return true;
			});
			for (String entity : List.of("companies", "contacts")) {
				entities.putIfAbsent(entity, EntityCounts.ZERO);
			}
			PreviewSummary summary = new PreviewSummary(totals[0], totals[1], totals[2], totals[3], entities,
					new ArrayList<>(ImportPass.problems(pass.columnWarnings())), maxCustomer[0], totals[4]);
			writer.finish(summary);
			return summary;
		}
	}

	/**
	 * What the preview depends on: how the file is read, the mapping and the options.
	 * Status and progress changes of the job keep the preview.
	 */
	static String revision(ImportJob job) {
		int hash = java.util.Objects.hash(job.source(), job.columns().stream().map(JobColumn::field).toList(),
				job.options());
		return Integer.toHexString(hash);
	}

	private static long numeric(Object customerNumber) {
		if (customerNumber instanceof String s && !s.isEmpty() && s.length() < 19
				&& s.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return Long.parseLong(s);
		}
		return 0;
	}

}
