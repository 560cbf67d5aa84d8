package intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.JobColumn;
import intake.mapping.SavedMapping;
import intake.mapping.Shaping;
import intake.schema.FieldDef;
import intake.schema.ImportType;
import intake.schema.ImportTypes;

/**
 * Everything the "Match columns" page shows of a job in MAPPING: the column lines, the
 * required fields still missing, the current constants, value maps, combinations and
 * splits, and the tenant's saved mappings of the type.
 *
 * @param jobId the job id
 * @param fileName the uploaded file's name
 * @param typeLabel the import type's label in the page's language
 * @param rows one line per file column
 * @param missing labels of the required fields (or "one of" groups) no column feeds
 * @param learned whether a saved or learned mapping decided any column
 * @param fields every field of the type, for the forms of the richer mapping
 * @param columns every file column, for the same forms
 * @param constants the constant values
 * @param valueMaps the value maps
 * @param combine the combined fields
 * @param split the split columns
 * @param saved the tenant's saved and learned mappings of the type
 */
record MappingScreen(String jobId, String fileName, String typeLabel, List<MappingRows.Row> rows, List<String> missing,
		boolean learned, List<Choice> fields, List<Choice> columns, List<Constant> constants, List<ValueMap> valueMaps,
		List<Combined> combine, List<Split> split, List<Saved> saved) {

	/** An option of a select: its value and what it shows. */
	record Choice(String value, String label) {
	}

	record Constant(String field, String label, String value) {
	}

	/** A column's value map: cell value to the value imported. */
	record ValueMap(int column, String header, Map<String, String> values) {
	}

	/** A field fed by several columns joined with a separator (a message key suffix). */
	record Combined(String field, String label, String headers, String separator) {
	}

	record Split(int column, String header, String first, String last) {
	}

	/** A saved mapping: a named one, or one learned from a started import (no name). */
	record Saved(String id, Optional<String> name, String headers) {
	}

	static MappingScreen of(ImportJob job, List<SavedMapping> saved, Locale locale) {
		ImportType type = ImportTypes.get(job.type());
		List<JobColumn> columns = job.columns();
		Shaping shaping = job.shaping();
		List<MappingRows.Row> rows = MappingRows.of(job, type, locale);
		List<Choice> fields = type.fields()
			.stream()
			.map((f) -> new Choice(f.key(), MappingRows.label(f, locale)))
			.toList();
		List<Choice> columnChoices = columns.stream()
			.map((c) -> new Choice(Integer.toString(c.index()), c.header()))
			.toList();
		List<Constant> constants = new ArrayList<>();
		shaping.constants().forEach((f, v) -> constants.add(new Constant(f, label(type, f, locale), v)));
		List<ValueMap> maps = new ArrayList<>();
		shaping.valueMaps().forEach((c, m) -> maps.add(new ValueMap(c, MappingRows.headers(columns, List.of(c)), m)));
		List<Combined> combined = shaping.combine()
			.stream()
			.map((c) -> new Combined(c.field(), label(type, c.field(), locale),
					MappingRows.headers(columns, c.columns()), MappingSeparators.nameOf(c.separator())))
			.toList();
		List<Split> splits = shaping.split()
			.stream()
			.map((s) -> new Split(s.column(), MappingRows.headers(columns, List.of(s.column())),
					label(type, s.into().get(0), locale), label(type, s.into().get(1), locale)))
			.toList();
		List<String> missing = ImportJobs.missingRequired(job)
			.stream()
			.map((m) -> String.join(" / ",
					List.of(m.split(" or ")).stream().map((f) -> label(type, f.strip(), locale)).toList()))
			.toList();
		boolean learned = columns.stream().anyMatch((c) -> c.reason() != null);
		List<Saved> savedChoices = saved.stream()
			.map((m) -> new Saved(m.id(), m.name(), String.join(", ", m.headers())))
			.toList();
		return new MappingScreen(job.id(), job.fileName(),
				type.labels().getOrDefault(locale.getLanguage(), type.label()), rows, missing, learned, fields,
				columnChoices, constants, maps, combined, splits, savedChoices);
	}

	private static String label(ImportType type, String field, Locale locale) {
		return type.findField(field).map((FieldDef f) -> MappingRows.label(f, locale)).orElse(field);
	}

	/** The samples of a column, without repeats, to start its value map from. */
	public List<String> distinctSamples(int column) {
		if (column < 0 || column >= this.rows.size()) {
			return List.of();
		}
		return this.rows.get(column).samples().stream().filter((s) -> !s.isBlank()).distinct().toList();
	}

	/** The names of the separators offered for combining, a line break first. */
	public List<String> separators() {
		return List.copyOf(MappingSeparators.BY_NAME.keySet());
	}

	/** One line of a value map's form: a cell value and what to import instead. */
	record Pair(String from, String to) {
	}

	/**
	 * The lines of a column's value map form: its current pairs, then its distinct sample
	 * values not mapped yet (to fill in), then two empty lines.
	 */
	public List<Pair> valueMapPairs(int column) {
		Map<String, String> current = this.valueMaps.stream()
			.filter((m) -> m.column() == column)
			.map(ValueMap::values)
			.findFirst()
			.orElse(Map.of());
		List<Pair> pairs = new ArrayList<>();
		current.forEach((from, to) -> pairs.add(new Pair(from, to)));
		distinctSamples(column).stream()
			.filter((s) -> current.keySet().stream().noneMatch((k) -> k.strip().equalsIgnoreCase(s.strip())))
			.forEach((s) -> pairs.add(new Pair(s, "")));
		pairs.add(new Pair("", ""));
		pairs.add(new Pair("", ""));
		return pairs;
	}

}
