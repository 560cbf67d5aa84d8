package intake.job;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import intake.crm.CrmEntities;
import intake.crm.EntityTable;
import intake.crm.RecordEditor;
import intake.crm.RecordQueries;
import intake.schema.FieldDef;
import intake.schema.FieldType;
import intake.schema.ImportMode;
import intake.schema.ImportType;
import intake.validate.ColumnProfiler;
import intake.validate.DateOrder;
import intake.validate.DecimalStyle;
import intake.validate.RowResult;
import intake.validate.RowValidator;
import intake.validate.ValidationOptions;
import intake.validate.Violation;

/**
 * Edits single records by hand: values in the API's JSON encoding are checked like the
 * cells of an import (one row of a file whose columns are the given fields), then written
 * with the record's version bumped — which is how undo knows a record was edited after
 * its import.
 */
@Service
public class RecordEdits {

	/** Columns that can never be empty although an import may leave the field out. */
	private static final Set<String> NOT_CLEARABLE = Set.of("CompanyId", "CompanyKind");

	private final RecordEditor editor;

	private final RecordQueries queries;

	private final TenantSettingsReader settings;

	private final TransactionTemplate transactions;

	RecordEdits(RecordEditor editor, RecordQueries queries, TenantSettingsReader settings,
			TransactionTemplate transactions) {
		this.editor = editor;
		this.queries = queries;
		this.settings = settings;
		this.transactions = transactions;
	}

	/**
	 * Changes fields of one record.
	 * @param tenantId the tenant
	 * @param entity the entity, e.g. {@code companies}
	 * @param id the record id
	 * @param changes field key to value in the API's JSON encoding (as parsed: strings,
	 * numbers, booleans, lists); null clears
	 * @return the record afterwards, as Java values
	 * @throws ImportException {@code NOT_FOUND}, {@code UNKNOWN_FIELD}, or
	 * {@code VALIDATION} with a detail per bad value
	 */
	public Map<String, Object> patch(long tenantId, String entity, String id, Map<String, Object> changes) {
		EntityTable table = CrmEntities.find(entity)
			.orElseThrow(() -> new ImportException(ErrorCode.NOT_FOUND, "There is no entity '" + entity + "'."));
		long recordId = recordId(entity, id);
		Map<String, Object> current = this.queries.findById(tenantId, table, recordId)
			.orElseThrow(() -> notFound(entity, id));
		Map<String, FieldDef> fields = new LinkedHashMap<>();
		table.fields().forEach((f) -> fields.put(f.key(), f));
		List<String> unknown = changes.keySet().stream().filter((k) -> !fields.containsKey(k)).toList();
		if (!unknown.isEmpty()) {
			throw new ImportException(ErrorCode.UNKNOWN_FIELD,
					String.join(", ", unknown) + (unknown.size() == 1 ? " is not a field" : " are not fields") + " of "
							+ entity + " that can be changed; fields: " + String.join(", ", fields.keySet()) + ".",
					unknown.stream()
						.map((k) -> new ImportException.Detail(null, k, null, "not a field of " + entity))
						.toList());
		}
		if (changes.isEmpty()) {
			return current;
		}
		Map<String, Object> values = validate(tenantId, table, fields, current, changes);
		Boolean updated;
		try {
			updated = this.transactions
				.execute((status) -> this.editor.update(tenantId, table, recordId, values, OptionalLong.empty()));
		}
		catch (DuplicateKeyException ex) {
			throw new ImportException(ErrorCode.VALIDATION, "Another " + entity
					+ " record already has this customer number or organisation number; the record was not changed.");
		}
		catch (DataIntegrityViolationException ex) {
			throw new ImportException(ErrorCode.VALIDATION,
					"The values do not fit the stored " + entity + " record; the record was not changed.");
		}
		if (!Boolean.TRUE.equals(updated)) {
			throw notFound(entity, id);
		}
		return this.queries.findById(tenantId, table, recordId).orElseThrow(() -> notFound(entity, id));
	}

	/** The converted values to write, E.164 copies included; null clears. */
	private Map<String, Object> validate(long tenantId, EntityTable table, Map<String, FieldDef> fields,
			Map<String, Object> current, Map<String, Object> changes) {
		List<ImportException.Detail> details = new ArrayList<>();
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<String> cells = new ArrayList<>();
		for (Map.Entry<String, Object> change : changes.entrySet()) {
			FieldDef field = fields.get(change.getKey());
			Object value = change.getValue();
			if (value == null) {
				if (field.required() || NOT_CLEARABLE.contains(field.key())) {
					details.add(new ImportException.Detail(null, field.key(), null, field.label() + " is required"));
				}
				continue;
			}
			String cell = cell(field, value, details);
			if (cell != null) {
				columns.put(field.key(), cells.size());
				cells.add(cell);
			}
		}
		// Stored countries tell phone numbers, postcodes and organisation numbers theirs.
		for (FieldDef field : fields.values()) {
			if (field.type() == FieldType.COUNTRY && !changes.containsKey(field.key())
					&& current.get(field.key()) instanceof String country) {
				columns.put(field.key(), cells.size());
				cells.add(country);
			}
		}
		RowResult row = validator(tenantId, table, fields, columns, cells).validate(1, cells);
		for (Violation error : row.errors()) {
			details.add(new ImportException.Detail(null, error.field(), error.value(), error.message()));
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (String key : changes.keySet()) {
			FieldDef field = fields.get(key);
			Object value = row.values().get(key);
			if (value == null && changes.get(key) != null && NOT_CLEARABLE.contains(key)) {
				details.add(new ImportException.Detail(null, key, String.valueOf(changes.get(key)),
						field.label() + " is required"));
			}
			values.put(key, value);
			if (field.type() == FieldType.PHONE) {
				values.put(key + "E164", row.values().get(key + "E164"));
			}
		}
		if (!details.isEmpty()) {
			throw new ImportException(ErrorCode.VALIDATION, details.size() + " value"
					+ (details.size() == 1 ? " is" : "s are") + " not valid; the record was not changed.",
					details.stream().distinct().toList());
		}
		return values;
	}

	/**
	 * A value in the JSON encoding as the cell an import would read; null after a detail.
	 */
	private static String cell(FieldDef field, Object value, List<ImportException.Detail> details) {
		if (value instanceof List<?> items) {
			if (field.type() != FieldType.TEXT_LIST) {
				details.add(new ImportException.Detail(null, field.key(), String.valueOf(value),
						field.label() + " takes one value, not a list"));
				return null;
			}
			List<String> texts = new ArrayList<>();
			for (Object item : items) {
				String text = (item instanceof String s) ? s : null;
				if (text == null || text.contains(",")) {
					details.add(new ImportException.Detail(null, field.key(), String.valueOf(item),
							field.label() + ": each item is a text without commas"));
					return null;
				}
				texts.add(text);
			}
			return String.join(", ", texts);
		}
		if (value instanceof Map<?, ?>) {
			details.add(new ImportException.Detail(null, field.key(), String.valueOf(value),
					field.label() + " takes a " + field.type().jsonName() + " value, not an object"));
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return String.valueOf(value);
	}

	private RowValidator validator(long tenantId, EntityTable table, Map<String, FieldDef> fields,
			Map<String, Integer> columns, List<String> cells) {
		ImportType type = new ImportType(table.entity(), Map.of(), "Hand edits of " + table.entity(), ImportMode.UPDATE,
				table.entity(), List.copyOf(fields.values()));
		// The JSON encoding writes decimals with a point and dates year first.
		Map<String, DecimalStyle> decimals = new LinkedHashMap<>();
		Map<String, DateOrder> dates = new LinkedHashMap<>();
		for (String key : columns.keySet()) {
			switch (fields.get(key).type()) {
				case DECIMAL, PERCENT, INTEGER -> decimals.put(key, DecimalStyle.DOT_DECIMAL);
				case DATE, DATETIME -> dates.put(key, DateOrder.DAY_FIRST);
				default -> {
				}
			}
		}
		ValidationOptions options = new ValidationOptions(Set.of(), dates, decimals);
		ColumnProfiler profiler = new ColumnProfiler(options);
		profiler.accept(cells);
		return new RowValidator(type, columns, profiler.profiles(), this.settings.read(tenantId), options);
	}

	private static long recordId(String entity, String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw notFound(entity, id);
		}
	}

	private static ImportException notFound(String entity, String id) {
		return new ImportException(ErrorCode.NOT_FOUND, "There is no " + entity + " record " + id + ".");
	}

}
