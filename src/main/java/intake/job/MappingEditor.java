package intake.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import intake.mapping.ColumnMapping;
import intake.mapping.ColumnMatch;
import intake.mapping.LearnedMappings;
import intake.mapping.MappingException;
import intake.mapping.SavedMapping;
import intake.mapping.Shaping;
import intake.schema.ImportType;
import intake.validate.RowResult;
import intake.validate.RowValidator;
import intake.validate.TenantSettings;
import intake.validate.ValidationOptions;
import intake.validate.Violation;

/**
 * Applies a user's {@link MappingChange} to a job's mapping, all or nothing: a saved
 * mapping first, then constants and value maps (merged), combinations and splits
 * (replaced), then column assignments; the result is checked as a whole and each constant
 * converted like a cell.
 */
final class MappingEditor {

	private MappingEditor() {
	}

	/**
	 * @param job the job, in MAPPING
	 * @param type its import type
	 * @param change what the user asks
	 * @param saved the saved mapping the change names, looked up already
	 * @param settings the tenant's settings, for converting constants
	 * @return the job with its new columns and shaping
	 * @throws ImportException 422 naming the columns and field of the first problem
	 */
	static ImportJob apply(ImportJob job, ImportType type, MappingChange change, Optional<SavedMapping> saved,
			TenantSettings settings) {
		try {
			return applyChecked(job, type, change, saved, settings);
		}
		catch (MappingException ex) {
			ErrorCode code = switch (ex.problem()) {
				case DUPLICATE_FIELD -> ErrorCode.DUPLICATE_FIELD;
				case UNKNOWN_FIELD -> ErrorCode.UNKNOWN_FIELD;
				case UNKNOWN_COLUMN, INVALID_RULE -> ErrorCode.VALIDATION;
			};
			String field = ex.field().orElse(null);
			List<ImportException.Detail> details = ex.columns()
				.stream()
				.map((c) -> new ImportException.Detail(c, (field != null) ? field : fieldAt(job, c), null,
						ex.getMessage()))
				.toList();
			if (details.isEmpty()) {
				details = List.of(new ImportException.Detail(null, field, null, ex.getMessage()));
			}
			throw new ImportException(code, ex.getMessage(), details);
		}
	}

	private static ImportJob applyChecked(ImportJob job, ImportType type, MappingChange change,
			Optional<SavedMapping> saved, TenantSettings settings) {
		ColumnMapping mapping = columnMapping(job);
		Shaping shaping = job.shaping();
		Map<Integer, String> reasons = new HashMap<>();
		job.columns().forEach((c) -> {
			if (c.reason() != null) {
				reasons.put(c.index(), c.reason());
			}
		});
		if (saved.isPresent()) {
			LearnedMappings.Recall recall = LearnedMappings.apply(type, mapping, saved.get());
			mapping = recall.mapping();
			shaping = recall.shaping();
			reasons.putAll(recall.reasons());
		}
		shaping = changedShaping(shaping, change);
		Map<Integer, Optional<String>> assignments = new HashMap<>(change.columns());
		releaseShapedColumns(mapping, shaping, assignments);
		assignments.keySet().forEach(reasons::remove);
		mapping = mapping.assign(type, assignments);
		shaping.check(type, mapping);
		checkConstants(type, shaping, settings);
		List<JobColumn> columns = new ArrayList<>();
		for (ColumnMatch match : mapping.columns()) {
			JobColumn before = job.columns().get(match.index());
			columns.add(new JobColumn(match.index(), match.header(), match.field().orElse(null), match.confidence(),
					match.suggestions(), before.samples(), reasons.get(match.index())));
		}
		return job.withMapping(columns, shaping);
	}

	/** The job's columns as a {@link ColumnMapping}. */
	static ColumnMapping columnMapping(ImportJob job) {
		return new ColumnMapping(job.columns()
			.stream()
			.map((c) -> new ColumnMatch(c.index(), c.header(), Optional.ofNullable(c.field()), c.confidence(),
					c.suggestions()))
			.toList());
	}

	private static Shaping changedShaping(Shaping current, MappingChange change) {
		Map<String, String> constants = new LinkedHashMap<>(current.constants());
		change.constants().forEach((field, value) -> {
			if (value.isPresent()) {
				constants.put(field, value.get());
			}
			else {
				constants.remove(field);
			}
		});
		Map<Integer, Map<String, String>> valueMaps = new LinkedHashMap<>(current.valueMaps());
		change.valueMaps().forEach((column, map) -> {
			if (map.isPresent() && !map.get().isEmpty()) {
				valueMaps.put(column, map.get());
			}
			else {
				valueMaps.remove(column);
			}
		});
		return new Shaping(constants, valueMaps, change.combine().orElse(current.combine()),
				change.split().orElse(current.split()));
	}

	/**
	 * A column that a combination or split feeds into a field it was mapped to alone
	 * gives that field up (unless the user assigns it in the same change): combining
	 * "Adress" and "Adress 2" into the street is the point, not a conflict.
	 */
	private static void releaseShapedColumns(ColumnMapping mapping, Shaping shaping,
			Map<Integer, Optional<String>> assignments) {
		for (Shaping.Combine combine : shaping.combine()) {
			for (int column : combine.columns()) {
				release(mapping, column, Set.of(combine.field()), assignments);
			}
		}
		for (Shaping.Split split : shaping.split()) {
			release(mapping, split.column(), Set.copyOf(split.into()), assignments);
		}
	}

	private static void release(ColumnMapping mapping, int column, Set<String> fields,
			Map<Integer, Optional<String>> assignments) {
		if (!assignments.containsKey(column) && mapping.fieldAt(column).filter(fields::contains).isPresent()) {
			assignments.put(column, Optional.empty());
		}
	}

	/**
	 * Converts each constant like a cell; the first that fails is a 422 naming its field.
	 */
	private static void checkConstants(ImportType type, Shaping shaping, TenantSettings settings) {
		for (Map.Entry<String, String> constant : shaping.constants().entrySet()) {
			RowValidator validator = new RowValidator(type, Map.of(constant.getKey(), 0), List.of(), settings,
					ValidationOptions.defaults());
			RowResult result = validator.validate(0, List.of(constant.getValue()));
			if (!result.valid()) {
				Violation error = result.errors().get(0);
				throw new ImportException(ErrorCode.VALIDATION,
						"The constant for " + constant.getKey() + " is not valid: " + error.message(),
						List.of(new ImportException.Detail(null, constant.getKey(), constant.getValue(),
								error.message())));
			}
		}
	}

	private static String fieldAt(ImportJob job, int column) {
		return (column >= 0 && column < job.columns().size()) ? job.columns().get(column).field() : null;
	}

}
