package intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import intake.job.ImportJob;
import intake.job.JobColumn;
import intake.mapping.ColumnMapping;
import intake.mapping.HeaderMatcher;
import intake.mapping.Shaping;
import intake.schema.FieldDef;
import intake.schema.ImportType;

/**
 * The lines of the "Match columns" table: per file column its header, samples, the
 * options of its field select and a confidence badge. A field another column, a constant,
 * a combination or a split feeds is offered disabled, naming what holds it, so the "one
 * source per field" rule of the mapping is visible before anyone breaks it.
 */
final class MappingRows {

	/** Below this a fuzzy match is shown as poor rather than fair. */
	static final double FAIR_FUZZY = 0.86;

	private MappingRows() {
	}

	/**
	 * One column's line.
	 *
	 * @param index the 0-based column index
	 * @param header the header as written
	 * @param samples up to three sample values
	 * @param field the mapped field key, empty when ignored
	 * @param kind how it came to be mapped: exact, synonym, fuzzy, learned, manual or
	 * ignored (a message key suffix)
	 * @param level the badge class: good, fair, poor, or empty for an ignored column
	 * @param reason why a saved or learned mapping decided it, as the core words it
	 * @param suggested the current field and the suggestions, in that order
	 * @param others every other field of the type
	 */
	record Row(int index, String header, List<String> samples, Optional<String> field, String kind, String level,
			Optional<String> reason, List<Option> suggested, List<Option> others) {

		/**
		 * The id of the line's select, stable across htmx swaps (so focus returns to it).
		 */
		public String selectId() {
			return "column-" + this.index;
		}

	}

	/**
	 * One field in a select.
	 *
	 * @param key the field key (the option's value)
	 * @param label the label in the page's language
	 * @param selected whether it is the column's field
	 * @param usedBy what else feeds the field, empty when free
	 */
	record Option(String key, String label, boolean selected, Optional<UsedBy> usedBy) {

		public boolean disabled() {
			return this.usedBy.isPresent();
		}

	}

	/**
	 * What holds a field.
	 *
	 * @param kind column, constant, combine or split (a message key suffix)
	 * @param name the header of that column, or the column headers combined or split
	 */
	record UsedBy(String kind, String name) {
	}

	static List<Row> of(ImportJob job, ImportType type, Locale locale) {
		List<JobColumn> columns = job.columns();
		ColumnMapping plain = new HeaderMatcher(type).match(columns.stream().map(JobColumn::header).toList());
		Map<String, UsedBy> holders = holders(job);
		List<Row> rows = new ArrayList<>();
		for (JobColumn column : columns) {
			Optional<String> field = Optional.ofNullable(column.field());
			Set<String> suggestedKeys = new LinkedHashSet<>();
			field.ifPresent(suggestedKeys::add);
			column.suggestions().stream().filter((s) -> type.findField(s).isPresent()).forEach(suggestedKeys::add);
			List<Option> suggested = new ArrayList<>();
			List<Option> others = new ArrayList<>();
			for (String key : suggestedKeys) {
				suggested.add(option(type.field(key), column, holders, locale));
			}
			for (FieldDef def : type.fields()) {
				if (!suggestedKeys.contains(def.key())) {
					others.add(option(def, column, holders, locale));
				}
			}
			String kind = kind(column, plain);
			rows.add(new Row(column.index(), column.header(), column.samples(), field, kind,
					level(kind, column.confidence()), Optional.ofNullable(column.reason()), suggested, others));
		}
		return rows;
	}

	/**
	 * Exact, synonym and fuzzy matches carry their confidence (1.0, 0.95, below 0.9); a
	 * user's choice also has 1.0, and is told from an exact match by header matching
	 * alone mapping the column elsewhere.
	 */
	private static String kind(JobColumn column, ColumnMapping plain) {
		if (column.field() == null) {
			return "ignored";
		}
		if (column.reason() != null) {
			return "learned";
		}
		if (column.confidence() < 0.9) {
			return "fuzzy";
		}
		if (column.confidence() < 1.0) {
			return "synonym";
		}
		boolean headerAlone = plain.fieldAt(column.index()).filter(column.field()::equals).isPresent()
				&& plain.columns().get(column.index()).confidence() >= 1.0;
		return headerAlone ? "exact" : "manual";
	}

	private static String level(String kind, double confidence) {
		return switch (kind) {
			case "ignored" -> "";
			case "fuzzy" -> (confidence >= FAIR_FUZZY) ? "fair" : "poor";
			default -> "good";
		};
	}

	private static Option option(FieldDef def, JobColumn column, Map<String, UsedBy> holders, Locale locale) {
		boolean selected = def.key().equals(column.field());
		Optional<UsedBy> usedBy = selected ? Optional.empty() : Optional.ofNullable(holders.get(def.key()));
		return new Option(def.key(), label(def, locale), selected, usedBy);
	}

	/** Field key to what feeds it: a column, a constant, a combination or a split. */
	private static Map<String, UsedBy> holders(ImportJob job) {
		Map<String, UsedBy> holders = new LinkedHashMap<>();
		List<JobColumn> columns = job.columns();
		columns.stream()
			.filter((c) -> c.field() != null)
			.forEach((c) -> holders.put(c.field(), new UsedBy("column", c.header())));
		Shaping shaping = job.shaping();
		shaping.constants().keySet().forEach((f) -> holders.put(f, new UsedBy("constant", "")));
		shaping.combine().forEach((c) -> holders.put(c.field(), new UsedBy("combine", headers(columns, c.columns()))));
		shaping.split()
			.forEach((s) -> s.into()
				.forEach((f) -> holders.put(f, new UsedBy("split", headers(columns, List.of(s.column()))))));
		return holders;
	}

	static String headers(List<JobColumn> columns, List<Integer> indexes) {
		return String.join(" + ",
				indexes.stream()
					.map((i) -> (i >= 0 && i < columns.size()) ? columns.get(i).header() : String.valueOf(i))
					.toList());
	}

	/** A field's label in the page's language, else English, else its key. */
	static String label(FieldDef def, Locale locale) {
		return Optional.ofNullable(def.labels().get(locale.getLanguage())).orElse(def.label());
	}

}
