package intake.mapping;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import intake.schema.ImportType;

/**
 * A mapping the tenant saved under a name or used in a started import (learned), kept per
 * import type and header set. Columns are in the order of the file it came from; the
 * shaping's column indexes refer to that order. Immutable.
 *
 * @param id the stored id
 * @param type the import type key
 * @param name the name the user gave; empty for a learned mapping
 * @param headerKey {@link LearnedMappings#headerKey(List)} of the headers
 * @param columns every column of the file, with its field
 * @param shaping constants, value maps, combinations and splits
 * @param createdAt when first saved
 * @param usedAt when last saved, applied or used by a started import
 * @param useCount how often it was used
 */
public record SavedMapping(String id, String type, Optional<String> name, String headerKey, List<Column> columns,
		Shaping shaping, OffsetDateTime createdAt, OffsetDateTime usedAt, long useCount) {

	public SavedMapping {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(headerKey, "headerKey");
		columns = List.copyOf(columns);
		Objects.requireNonNull(shaping, "shaping");
	}

	/**
	 * One column of a saved mapping.
	 *
	 * @param header the header as written
	 * @param field the field it mapped to; empty when unmapped
	 * @param ignored whether the user unmapped it although header matching alone maps it:
	 * a deliberate "ignore this column" that is learned like a field
	 */
	public record Column(String header, Optional<String> field, boolean ignored) {

		public Column {
			Objects.requireNonNull(header, "header");
			Objects.requireNonNull(field, "field");
		}

	}

	/** The headers, in file order. */
	public List<String> headers() {
		return this.columns.stream().map(Column::header).toList();
	}

	/** Whether it was learned from a started import rather than saved under a name. */
	public boolean learned() {
		return this.name.isEmpty();
	}

	/**
	 * The columns of a mapping as they are to be saved: each column's field, and which
	 * unmapped columns the user ignored on purpose (header matching alone would map them
	 * and they feed no combination or split).
	 * @param type the import type
	 * @param mapping the mapping used
	 * @param shaping the shaping used with it
	 * @return one column per file column
	 */
	public static List<Column> columnsOf(ImportType type, ColumnMapping mapping, Shaping shaping) {
		ColumnMapping plain = new HeaderMatcher(type)
			.match(mapping.columns().stream().map(ColumnMatch::header).toList());
		Set<Integer> shaped = new HashSet<>(shaping.valueMaps().keySet());
		shaping.combine().forEach((c) -> shaped.addAll(c.columns()));
		shaping.split().forEach((s) -> shaped.add(s.column()));
		List<Column> columns = new ArrayList<>();
		for (ColumnMatch column : mapping.columns()) {
			boolean ignored = column.field().isEmpty() && plain.fieldAt(column.index()).isPresent()
					&& !shaped.contains(column.index());
			columns.add(new Column(column.header(), column.field(), ignored));
		}
		return columns;
	}

}
