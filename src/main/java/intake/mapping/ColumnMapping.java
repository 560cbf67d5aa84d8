package intake.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import intake.schema.FieldDef;
import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.schema.RequiredRule;

/**
 * Which field each column of a file maps to. Immutable and thread-safe; {@link #assign}
 * returns a new mapping.
 *
 * @param columns one entry per column, in file order:
 * {@code columns.get(i).index() == i}; no two columns map to one field
 * @throws IllegalArgumentException when these rules are broken
 */
public record ColumnMapping(List<ColumnMatch> columns) {

	public ColumnMapping {
		List<ColumnMatch> copy = List.copyOf(columns);
		columns = copy;
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (int i = 0; i < copy.size(); i++) {
			ColumnMatch column = copy.get(i);
			if (column.index() != i) {
				throw new IllegalArgumentException("Column " + i + " has index " + column.index());
			}
			column.field().ifPresent((f) -> {
				Integer other = seen.putIfAbsent(f, column.index());
				if (other != null) {
					throw new IllegalArgumentException(duplicateMessage(copy.get(other), column, f));
				}
			});
		}
	}

	/**
	 * The field column {@code index} maps to; empty when unmapped or outside the file.
	 */
	public Optional<String> fieldAt(int index) {
		return (index >= 0 && index < this.columns.size()) ? this.columns.get(index).field() : Optional.empty();
	}

	/**
	 * Field key to column index, for mapped columns only, in column order; unmodifiable.
	 */
	public Map<String, Integer> fieldColumns() {
		Map<String, Integer> out = new LinkedHashMap<>();
		this.columns.forEach((c) -> c.field().ifPresent((f) -> out.put(f, c.index())));
		return Collections.unmodifiableMap(out);
	}

	/**
	 * The keys of the type's required fields ({@link FieldDef#required()}) that no column
	 * maps, in the type's field order. "One of" rules are checked by
	 * {@link #unmetRules(ImportType)}.
	 */
	public List<String> missingRequired(ImportType type) {
		Map<String, Integer> mapped = fieldColumns();
		return type.fields()
			.stream()
			.filter(FieldDef::required)
			.map(FieldDef::key)
			.filter((k) -> !mapped.containsKey(k))
			.toList();
	}

	/** The type's "one of these fields" rules that no mapped column satisfies. */
	public List<RequiredRule> unmetRules(ImportType type) {
		Map<String, Integer> mapped = fieldColumns();
		return ImportTypes.requiredRules(type).stream().filter((r) -> !r.isSatisfiedBy(mapped.keySet())).toList();
	}

	/**
	 * Applies user assignments. Columns not named keep their mapping; an assigned column
	 * gets confidence 1.0, an ignored one 0; a column's previous field becomes its first
	 * suggestion.
	 * @param type the import type the fields must belong to
	 * @param changes column index to field key, or {@code Optional.empty()} to ignore the
	 * column; no null keys or values
	 * @return the new mapping; this one is unchanged (also on failure)
	 * @throws MappingException {@link MappingProblem#UNKNOWN_COLUMN} for an index outside
	 * the file, {@link MappingProblem#UNKNOWN_FIELD} for a key the type does not have,
	 * {@link MappingProblem#DUPLICATE_FIELD} when two columns would map to one field
	 * (checked in this order, lowest column first)
	 */
	public ColumnMapping assign(ImportType type, Map<Integer, Optional<String>> changes) {
		Objects.requireNonNull(type, "type");
		Map<Integer, Optional<String>> sorted = new TreeMap<>(changes);
		sorted.forEach((index, field) -> checkChange(type, index, Objects.requireNonNull(field, "field")));
		List<ColumnMatch> next = new ArrayList<>(this.columns);
		sorted.forEach((index, field) -> next.set(index, assigned(this.columns.get(index), field)));
		Map<String, ColumnMatch> seen = new LinkedHashMap<>();
		for (ColumnMatch column : next) {
			if (column.field().isPresent()) {
				String field = column.field().get();
				ColumnMatch other = seen.putIfAbsent(field, column);
				if (other != null) {
					throw new MappingException(MappingProblem.DUPLICATE_FIELD, duplicateMessage(other, column, field),
							List.of(other.index(), column.index()), field);
				}
			}
		}
		return new ColumnMapping(next);
	}

	private void checkChange(ImportType type, int index, Optional<String> field) {
		if (index < 0 || index >= this.columns.size()) {
			throw new MappingException(
					MappingProblem.UNKNOWN_COLUMN, "Column " + index + " does not exist; the file has "
							+ this.columns.size() + " columns (0 to " + (this.columns.size() - 1) + ")",
					List.of(index), field.orElse(""));
		}
		if (field.isPresent() && type.findField(field.get()).isEmpty()) {
			throw new MappingException(MappingProblem.UNKNOWN_FIELD, "Column " + index + " ("
					+ this.columns.get(index).header() + "): " + type.key() + " has no field " + field.get(),
					List.of(index), field.get());
		}
	}

	private static ColumnMatch assigned(ColumnMatch column, Optional<String> field) {
		List<String> suggestions = Stream.concat(column.field().stream(), column.suggestions().stream())
			.filter((s) -> !field.equals(Optional.of(s)))
			.distinct()
			.limit(ColumnMatch.MAX_SUGGESTIONS)
			.toList();
		return new ColumnMatch(column.index(), column.header(), field, field.isPresent() ? 1.0 : 0.0, suggestions);
	}

	static String duplicateMessage(ColumnMatch first, ColumnMatch second, String field) {
		return "Columns " + first.index() + " (" + first.header() + ") and " + second.index() + " (" + second.header()
				+ ") both map to " + field + "; a field takes one column";
	}

}
