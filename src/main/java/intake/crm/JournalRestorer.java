package intake.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import intake.schema.FieldDef;
import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.schema.Links;

/**
 * Gives a record an import updated its previous values back from its journal row, for any
 * record entity: value columns by field key, link columns by link key (e.g.
 * {@code productId}, see {@link Links}). Runs inside the caller's transaction, which
 * holds the tenant lock (see {@link LinkIntegrity}); the record's version is bumped as by
 * any change.
 * <p>
 * A previous link may name a record deleted since the import (e.g. the product category a
 * product had before the import re-pointed it). Such a record is not restored at all — it
 * keeps the values the import gave it, whose links are intact — and undo lists it as kept
 * ({@link Outcome#LINK_GONE}): restoring only the other values, or the link as empty,
 * would leave a record that is neither what the import made nor what was there before.
 */
@Component
public class JournalRestorer {

	private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RecordEditor editor;

	private final RecordQueries queries;

	private final LinkIntegrity integrity;

	public JournalRestorer(RecordEditor editor, RecordQueries queries, LinkIntegrity integrity) {
		this.editor = editor;
		this.queries = queries;
		this.integrity = integrity;
	}

	/** What became of a journaled record. */
	public enum Outcome {

		/** Given its previous values back. */
		RESTORED,
		/** Kept: it moved since the import (edited, deleted or updated again). */
		MOVED,
		/** Kept: a record one of its previous links points at was deleted since. */
		LINK_GONE

	}

	/**
	 * Restores journaled records, unless they moved since the import (the version is no
	 * longer the one the import left) or a record their previous links point at is gone.
	 * Keys that are neither a value column nor a link key of the entity are ignored. The
	 * records' updates go to the database as one JDBC batch per statement shape: one
	 * statement per record made an undo of a 100k-row UPDATE import wait on a round trip
	 * per record. The outcomes do not depend on the order: a journal row applies only at
	 * exactly the version its import left, and versions only grow.
	 * @param failed told of a row that cannot be restored (an unknown entity, a previous
	 * value that does not fit its column); such a record is kept ({@link Outcome#MOVED})
	 * @return what became of each record, in the rows' order
	 */
	public List<Outcome> restore(long tenantId, List<ImportedRecords.JournalRow> rows,
			BiConsumer<ImportedRecords.JournalRow, IllegalArgumentException> failed) {
		Outcome[] outcomes = new Outcome[rows.size()];
		List<RecordEditor.Change> changes = new ArrayList<>();
		List<Integer> changing = new ArrayList<>();
		Map<String, Keys> keys = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			ImportedRecords.JournalRow row = rows.get(i);
			try {
				Optional<RecordEditor.Change> change = prepare(tenantId, row,
						keys.computeIfAbsent(row.entity(), (entity) -> Keys.of(table(entity))), outcomes, i);
				if (change.isPresent()) {
					changes.add(change.get());
					changing.add(i);
				}
			}
			catch (IllegalArgumentException ex) {
				failed.accept(row, ex);
				outcomes[i] = Outcome.MOVED;
			}
		}
		boolean[] changed = this.editor.run(changes);
		for (int k = 0; k < changing.size(); k++) {
			outcomes[changing.get(k)] = changed[k] ? Outcome.RESTORED : Outcome.MOVED;
		}
		return List.of(outcomes);
	}

	/**
	 * The update that gives the row's record its previous values back; empty, with the
	 * outcome set, when a previous link names a record gone since or the record is gone.
	 */
	private Optional<RecordEditor.Change> prepare(long tenantId, ImportedRecords.JournalRow row, Keys keys,
			Outcome[] outcomes, int at) {
		EntityTable table = keys.table();
		Map<String, EntityTable.Column> columns = keys.columns();
		Map<String, References.Reference> linkKeys = keys.links();
		Map<String, Object> values = new LinkedHashMap<>();
		Map<References.Reference, Long> links = new LinkedHashMap<>();
		Map<String, Object> previous;
		try {
			previous = JSON.readValue(row.previousValues(), VALUES);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Journal row " + row.id() + " is not a JSON object", ex);
		}
		previous.forEach((key, value) -> {
			EntityTable.Column column = columns.get(key);
			if (column != null) {
				values.put(key, ApiValues.decode(column, value));
			}
			else if (linkKeys.containsKey(key)) {
				links.put(linkKeys.get(key), linkId(key, value));
			}
		});
		Map<String, Set<Long>> targets = new LinkedHashMap<>();
		links.forEach((reference, id) -> {
			if (id != null) {
				targets.computeIfAbsent(reference.target(), (t) -> new java.util.HashSet<>()).add(id);
			}
		});
		if (!this.integrity.missing(tenantId, targets).isEmpty()) {
			boolean unmoved = this.queries.findById(tenantId, table, row.recordId())
				.map((r) -> r.get("version").equals(row.versionAfter()))
				.orElse(false);
			outcomes[at] = unmoved ? Outcome.LINK_GONE : Outcome.MOVED;
			return Optional.empty();
		}
		// The guard of the update (targets exist) holds under the tenant lock; it stays
		// as a second line.
		Optional<RecordEditor.Change> change = this.editor.prepare(tenantId, table, row.recordId(), values, links,
				OptionalLong.of(row.versionAfter()));
		if (change.isEmpty()) {
			outcomes[at] = Outcome.MOVED;
		}
		return change;
	}

	/**
	 * The keys a journal row of one entity may hold: value columns and link keys, worked
	 * out once per entity and batch.
	 */
	private record Keys(EntityTable table, Map<String, EntityTable.Column> columns,
			Map<String, References.Reference> links) {

		static Keys of(EntityTable table) {
			Map<String, EntityTable.Column> columns = new HashMap<>();
			table.valueColumns().forEach((c) -> columns.put(c.key(), c));
			Map<String, References.Reference> links = new HashMap<>();
			for (References.Reference reference : References.from(table.table())) {
				Links.keyOf(References.entityOf(reference.target())).ifPresent((key) -> links.put(key, reference));
			}
			return new Keys(table, columns, links);
		}

	}

	private static Long linkId(String key, Object value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value.toString());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + value + "' is not a record id for " + key, ex);
		}
	}

	private static EntityTable table(String entity) {
		return CrmEntities.get(entity);
	}

}
