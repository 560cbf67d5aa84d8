package intake.crm;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

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
 * {@code productId}, see {@link Links}). Runs inside the caller's transaction; the
 * record's version is bumped as by any change.
 */
@Component
public class JournalRestorer {

	private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RecordEditor editor;

	public JournalRestorer(RecordEditor editor) {
		this.editor = editor;
	}

	/**
	 * Restores one journaled record, unless it moved since the import (its version is no
	 * longer the one the import left) or a record its previous links point at is gone.
	 * Keys that are neither a value column nor a link key of the entity are ignored.
	 * @return whether the record was restored
	 * @throws IllegalArgumentException when the entity is unknown or a previous value
	 * does not fit its column (the record is then to be kept)
	 */
	public boolean restore(long tenantId, ImportedRecords.JournalRow row) {
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
		return this.editor.update(tenantId, table, row.recordId(), values, links, OptionalLong.of(row.versionAfter()));
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
