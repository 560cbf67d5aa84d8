package intake.plan;

import java.util.List;
import java.util.Map;

/**
 * What one chunk of rows turns into.
 *
 * @param rows the outcome of every row, in file order
 * @param inserts records to insert, parents before children
 * @param fills values to set on companies written by an earlier chunk of this import
 * (first non-empty value wins): record id to field values
 * @param counts database records per entity affected by this chunk
 * @param updates updates of stored records, parents before children
 * @param fillEntity the entity of the records in {@code fills}
 */
public record ChunkPlan(List<RowOutcome> rows, List<NewRecord> inserts, Map<Long, Map<String, Object>> fills,
		Map<String, EntityCounts> counts, List<RecordUpdate> updates, String fillEntity) {

	public ChunkPlan {
		java.util.Objects.requireNonNull(fillEntity, "fillEntity");
		rows = List.copyOf(rows);
		inserts = List.copyOf(inserts);
		fills = Map.copyOf(fills);
		counts = Map.copyOf(counts);
		updates = List.copyOf(updates);
	}

	/** A plan whose fills are companies. */
	public ChunkPlan(List<RowOutcome> rows, List<NewRecord> inserts, Map<Long, Map<String, Object>> fills,
			Map<String, EntityCounts> counts, List<RecordUpdate> updates) {
		this(rows, inserts, fills, counts, updates, "companies");
	}

	/** A plan without updates. */
	public ChunkPlan(List<RowOutcome> rows, List<NewRecord> inserts, Map<Long, Map<String, Object>> fills,
			Map<String, EntityCounts> counts) {
		this(rows, inserts, fills, counts, List.of());
	}

}
