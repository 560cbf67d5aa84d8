package intake.api;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.JobColumn;
import intake.job.JobOptions;
import intake.mapping.Shaping;
import intake.job.JobSource;
import intake.plan.EntityCounts;
import intake.source.SourceFormat;

/**
 * The job object of the API, field for field as API.md defines it. A workbook has
 * {@code sheet} and {@code sheets} and no encoding or delimiter (null); CSV the reverse.
 */
record JobView(String id, String type, String status, String fileName, String format, String sheet, List<String> sheets,
		String encoding, boolean encodingDetected, double encodingConfidence, String delimiter,
		boolean delimiterDetected, double delimiterConfidence, int headerRow, List<String> warnings,
		List<JobColumn> columns, Map<String, String> constants, Map<Integer, Map<String, String>> valueMaps,
		List<Shaping.Combine> combine, List<Shaping.Split> split, List<String> missingRequired, Options options,
		Rows rows, Map<String, EntityCounts> counts, Progress progress, OffsetDateTime createdAt,
		OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime undoableUntil, String failureReason) {

	static JobView of(ImportJob job) {
		ImportJob.RowCounts rows = job.rows();
		JobOptions options = job.options();
		JobSource source = job.source();
		boolean csv = source.format() == SourceFormat.CSV;
		return new JobView(job.id(), job.type(), job.status().name(), job.fileName(), source.format().key(),
				csv ? null : source.sheet(), csv ? null : source.sheets(), csv ? source.encoding() : null,
				job.source().encodingDetected(), job.source().encodingConfidence(),
				csv ? String.valueOf(job.source().delimiter()) : null, job.source().delimiterDetected(),
				job.source().delimiterConfidence(), job.source().headerRow(), job.source().warnings(), job.columns(),
				job.shaping().constants(), job.shaping().valueMaps(), job.shaping().combine(), job.shaping().split(),
				ImportJobs.missingRequired(job),
				new Options(options.mode().name(), options.matchOn(), options.onError().name(),
						options.emptyCells().name(), options.createMissing(), options.stock().name(),
						options.updatePrices(), options.nullTokens()),
				new Rows(rows.total(), rows.processed(), rows.imported(), rows.failed()),
				ordered(job.type(), job.counts()), new Progress(job.rowsPerSecond(), job.etaSeconds().orElse(null)),
				job.createdAt(), job.startedAt().orElse(null), job.finishedAt().orElse(null),
				job.undoableUntil().orElse(null), job.failureReason().orElse(null));
	}

	/**
	 * Counts per entity, the type's own entities first (companies, contacts for a
	 * companies file), then by name.
	 */
	private static Map<String, EntityCounts> ordered(String type, Map<String, EntityCounts> counts) {
		Map<String, EntityCounts> ordered = new LinkedHashMap<>();
		List<String> first = intake.schema.ImportTypes.find(type)
			.map(intake.job.ImportJobs::countedEntities)
			.orElse(List.of("companies", "contacts"));
		for (String entity : first) {
			if (counts.containsKey(entity)) {
				ordered.put(entity, counts.get(entity));
			}
		}
		new java.util.TreeMap<>(counts).forEach(ordered::putIfAbsent);
		return ordered;
	}

	record Options(String mode, List<String> matchOn, String onError, String emptyCells, boolean createMissing,
			String stock, boolean updatePrices, List<String> nullTokens) {
	}

	record Rows(long total, long processed, long imported, long failed) {
	}

	record Progress(double rowsPerSecond, Long etaSeconds) {
	}

}
