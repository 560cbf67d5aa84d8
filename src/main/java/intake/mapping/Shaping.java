package intake.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

import intake.schema.ImportType;

/**
 * How a row is shaped before validation, beyond one column per field (API.md "Mapping and
 * options"): constant values, value maps per column, columns combined into one field and
 * a full-name column split into first and last name. Immutable; column indexes are
 * 0-based file columns.
 *
 * @param constants field key to the text every row gets, converted like a cell
 * @param valueMaps column index to (cell value to replacement), matched trimmed and
 * case-insensitively before conversion; keys are stored as given
 * @param combine fields fed by several columns, their non-empty cells joined
 * @param split columns holding a full name, split into first and last name
 */
public record Shaping(Map<String, String> constants, Map<Integer, Map<String, String>> valueMaps, List<Combine> combine,
		List<Split> split) {

	/** No shaping: every field comes from its one column. */
	public static final Shaping NONE = new Shaping(Map.of(), Map.of(), List.of(), List.of());

	public Shaping {
		constants = Map.copyOf(new TreeMap<>(Objects.requireNonNullElse(constants, Map.of())));
		Map<Integer, Map<String, String>> maps = new TreeMap<>();
		Objects.requireNonNullElse(valueMaps, Map.<Integer, Map<String, String>>of())
			.forEach((column, map) -> maps.put(column, Map.copyOf(new TreeMap<>(map))));
		valueMaps = Map.copyOf(maps);
		combine = List.copyOf(Objects.requireNonNullElse(combine, List.of()));
		split = List.copyOf(Objects.requireNonNullElse(split, List.of()));
	}

	/**
	 * Several columns feeding one field: the non-empty cells, trimmed, joined with the
	 * separator.
	 *
	 * @param field the field key
	 * @param columns at least two distinct column indexes, in joining order
	 * @param separator put between the cells; a space when not given
	 */
	public record Combine(String field, List<Integer> columns, String separator) {

		public Combine {
			Objects.requireNonNull(field, "field");
			columns = List.copyOf(columns);
			separator = Objects.requireNonNullElse(separator, " ");
		}

	}

	/**
	 * A full-name column split into two fields: the first name(s) and the surname. The
	 * last word is the surname ({@code "Anna Maria Berg"} → {@code "Anna Maria"},
	 * {@code "Berg"}); with a comma the surname comes first ({@code "Berg, Anna"} →
	 * {@code "Anna"}, {@code "Berg"}).
	 *
	 * @param column the column index
	 * @param into exactly two field keys: first name, last name
	 */
	public record Split(int column, List<String> into) {

		public Split {
			into = List.copyOf(into);
		}

	}

	/** Whether this shapes nothing. */
	public boolean isEmpty() {
		return this.constants.isEmpty() && this.valueMaps.isEmpty() && this.combine.isEmpty() && this.split.isEmpty();
	}

	/**
	 * The fields fed by a constant, a combination or a split, each with the column errors
	 * point at: the first combined column, the split column, -1 for a constant.
	 */
	public Map<String, Integer> fieldSources() {
		Map<String, Integer> sources = new LinkedHashMap<>();
		this.constants.keySet().forEach((f) -> sources.put(f, -1));
		this.combine.forEach((c) -> sources.put(c.field(), c.columns().isEmpty() ? -1 : c.columns().get(0)));
		this.split.forEach((s) -> s.into().forEach((f) -> sources.put(f, s.column())));
		return sources;
	}

	/** The field keys fed by a constant, a combination or a split. */
	public Set<String> fields() {
		return new LinkedHashSet<>(fieldSources().keySet());
	}

	/**
	 * The same shaping for a file whose columns sit elsewhere.
	 * @param newIndex old column index to the new one; empty when the column is gone
	 * @return value maps, combinations and splits whose columns all remain, renumbered;
	 * constants unchanged
	 */
	public Shaping reindexed(IntFunction<Optional<Integer>> newIndex) {
		Map<Integer, Map<String, String>> maps = new LinkedHashMap<>();
		this.valueMaps.forEach((column, map) -> newIndex.apply(column).ifPresent((i) -> maps.put(i, map)));
		List<Combine> combined = new ArrayList<>();
		for (Combine c : this.combine) {
			List<Optional<Integer>> moved = c.columns().stream().map(newIndex::apply).toList();
			if (moved.stream().allMatch(Optional::isPresent)) {
				combined.add(new Combine(c.field(), moved.stream().map(Optional::get).toList(), c.separator()));
			}
		}
		List<Split> splits = new ArrayList<>();
		this.split.forEach((s) -> newIndex.apply(s.column()).ifPresent((i) -> splits.add(new Split(i, s.into()))));
		return new Shaping(this.constants, maps, combined, splits);
	}

	/**
	 * Checks this shaping together with the column mapping it goes with: every column
	 * exists, every field belongs to the type, and no field is fed twice (by two columns,
	 * a column and a constant, two combinations …).
	 * @param type the import type
	 * @param mapping the columns' mapping
	 * @throws MappingException naming the columns and the field of the first problem
	 */
	public void check(ImportType type, ColumnMapping mapping) {
		this.valueMaps.keySet().forEach((column) -> checkColumn(mapping, column, "a value map", ""));
		Map<String, List<Integer>> feeds = new LinkedHashMap<>();
		Map<String, String> feedNames = new LinkedHashMap<>();
		mapping.fieldColumns().forEach((field, column) -> {
			feeds.put(field, List.of(column));
			feedNames.put(field, "column " + column + " (" + mapping.columns().get(column).header() + ")");
		});
		for (Map.Entry<String, String> constant : this.constants.entrySet()) {
			checkField(type, constant.getKey(), List.of(), "the constant");
			claim(feeds, feedNames, constant.getKey(), List.of(), "a constant");
		}
		for (Combine c : this.combine) {
			if (c.columns().size() < 2 || c.columns().stream().distinct().count() != c.columns().size()) {
				throw new MappingException(MappingProblem.INVALID_RULE,
						"Combining into " + c.field() + " takes two or more different columns, not " + c.columns(),
						c.columns(), c.field());
			}
			c.columns().forEach((column) -> checkColumn(mapping, column, "combining into " + c.field(), c.field()));
			checkField(type, c.field(), c.columns(), "combining");
			claim(feeds, feedNames, c.field(), c.columns(), "columns " + c.columns() + " combined");
		}
		for (Split s : this.split) {
			checkColumn(mapping, s.column(), "a split", String.join(", ", s.into()));
			if (s.into().size() != 2 || s.into().stream().anyMatch(Objects::isNull)
					|| s.into().get(0).equals(s.into().get(1))) {
				throw new MappingException(
						MappingProblem.INVALID_RULE, "Splitting column " + s.column()
								+ " takes two different fields, first name and last name, not " + s.into(),
						List.of(s.column()), "");
			}
			for (String field : s.into()) {
				checkField(type, field, List.of(s.column()), "splitting");
				claim(feeds, feedNames, field, List.of(s.column()), "column " + s.column() + " split");
			}
		}
	}

	private static void checkColumn(ColumnMapping mapping, int column, String what, String field) {
		int width = mapping.columns().size();
		if (column < 0 || column >= width) {
			throw new MappingException(MappingProblem.UNKNOWN_COLUMN, "Column " + column + " of " + what
					+ " does not exist; the file has " + width + " columns (0 to " + (width - 1) + ")", List.of(column),
					field);
		}
	}

	private static void checkField(ImportType type, String field, List<Integer> columns, String what) {
		if (type.findField(field).isEmpty()) {
			throw new MappingException(MappingProblem.UNKNOWN_FIELD,
					"Cannot use " + field + " in " + what + ": " + type.key() + " has no field " + field, columns,
					field);
		}
	}

	private static void claim(Map<String, List<Integer>> feeds, Map<String, String> names, String field,
			List<Integer> columns, String name) {
		List<Integer> other = feeds.putIfAbsent(field, columns);
		if (other != null) {
			List<Integer> both = new ArrayList<>(other);
			columns.stream().filter((c) -> !both.contains(c)).forEach(both::add);
			throw new MappingException(MappingProblem.DUPLICATE_FIELD, field + " is fed by " + names.get(field)
					+ " and by " + name + "; a field takes one source (combine columns explicitly)", both, field);
		}
		names.put(field, name);
	}

}
