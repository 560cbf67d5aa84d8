package intake.crm;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

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
	 * Restores one journaled record, unless it moved since the import (its version is no
	 * longer the one the import left) or a record its previous links point at is gone.
	 * Keys that are neither a value column nor a link key of the entity are ignored.
	 * @return what became of the record
	 * @throws IllegalArgumentException when the entity is unknown or a previous value
	 * does not fit its column (the record is then to be kept)
	 */
	public Outcome restore(long tenantId, ImportedRecords.JournalRow row) {
		EntityTable table = table(row.entity());
		Map<String, EntityTable.Column> columns = new HashMap<>();
		table.valueColumns().forEach((c) -> columns.put(c.key(), c));
		Map<String, References.Reference> linkKeys = new HashMap<>();
		for (References.Reference reference : References.from(table.table())) {
			Links.keyOf(References.entityOf(reference.target())).ifPresent((key) -> linkKeys.put(key, reference));
		}
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
			return unmoved ? Outcome.LINK_GONE : Outcome.MOVED;
		}
		// The guard of the update (targets exist) holds under the tenant lock; it stays
		// as a second line.
		return this.editor.update(tenantId, table, row.recordId(), values, links, OptionalLong.of(row.versionAfter()))
				? Outcome.RESTORED : Outcome.MOVED;
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
