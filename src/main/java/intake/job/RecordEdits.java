package intake.job;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import intake.crm.CompanyNumbers;
import intake.crm.CrmEntities;
import intake.crm.EntityTable;
import intake.crm.LinkIntegrity;
import intake.crm.RecordEditor;
import intake.crm.RecordQueries;
import intake.crm.RecordWriter;
import intake.crm.SequenceIds;
import intake.load.WriteFailedException;
import intake.plan.NewRecord;
import intake.schema.FieldDef;
import intake.schema.FieldType;
import intake.schema.ImportMode;
import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.validate.ColumnProfiler;
import intake.validate.DateOrder;
import intake.validate.DecimalStyle;
import intake.validate.RowResult;
import intake.validate.RowValidator;
import intake.validate.ValidationOptions;
import intake.validate.Violation;

/**
 * Creates, edits and deletes single records by hand: values in the API's JSON encoding
 * are checked like the cells of an import (one row of a file whose columns are the given
 * fields) and link ids must name a record of the tenant; an edit bumps the record's
 * version — which is how undo knows a record was edited after its import. Longer than
 * most classes because the three share the checking of values.
 * <p>
 * Links are kept intact without database foreign keys ({@link LinkIntegrity}): each write
 * takes the tenant lock in its transaction and then checks, under it, that the records it
 * links to exist (create, patch) or that nothing points at the record (delete).
 */
@Service
public class RecordEdits {

	/** Columns that can never be empty although an import may leave the field out. */
	private static final Set<String> NOT_CLEARABLE = Set.of("CompanyId", "CompanyKind");

	private final RecordEditor editor;

	private final RecordQueries queries;

	private final RecordWriter writer;

	private final CompanyNumbers numbers;

	private final JdbcClient jdbc;

	private final TenantSettingsReader settings;

	private final TransactionTemplate transactions;

	private final TenantLock tenants;

	private final LinkIntegrity links;

	RecordEdits(RecordEditor editor, RecordQueries queries, RecordWriter writer, CompanyNumbers numbers,
			JdbcClient jdbc, TenantSettingsReader settings, TransactionTemplate transactions, TenantLock tenants,
			LinkIntegrity links) {
		this.tenants = tenants;
		this.links = links;
		this.editor = editor;
		this.queries = queries;
		this.writer = writer;
		this.numbers = numbers;
		this.jdbc = jdbc;
		this.settings = settings;
		this.transactions = transactions;
	}

	/**
	 * Changes fields and links of one record.
	 * @param tenantId the tenant
	 * @param entity the entity, e.g. {@code companies}
	 * @param id the record id
	 * @param changes field key to value in the API's JSON encoding (as parsed: strings,
	 * numbers, booleans, lists), or link key ({@code companyId} …) to the id of a record
	 * of the tenant; null clears
	 * @return the record afterwards, as Java values
	 * @throws ImportException {@code NOT_FOUND}, {@code UNKNOWN_FIELD}, or
	 * {@code VALIDATION} with a detail per bad value
	 */
	public Map<String, Object> patch(long tenantId, String entity, String id, Map<String, Object> changes) {
		EntityTable table = table(entity);
		long recordId = recordId(entity, id);
		Map<String, Object> current = this.queries.findById(tenantId, table, recordId)
			.orElseThrow(() -> notFound(entity, id));
		Map<String, FieldDef> fields = fields(table, changes);
		if (changes.isEmpty()) {
			return current;
		}
		List<ImportException.Detail> details = new ArrayList<>();
		Map<String, Object> values = validate(tenantId, table, fields, current, changes, details);
		for (EntityTable.Link link : table.links()) {
			if (changes.containsKey(link.key()) && changes.get(link.key()) == null && table.requires(link)) {
				details.add(new ImportException.Detail(null, link.key(), null, link.key() + " is required"));
			}
		}
		failOn(details);
		Boolean updated;
		try {
			updated = this.transactions.execute((status) -> {
				this.tenants.lock(tenantId);
				requireLinkTargets(tenantId, table, values);
				return this.editor.update(tenantId, table, recordId, values, OptionalLong.empty());
			});
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(table);
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

	/**
	 * Creates one record, checked like a row of an import: types, lengths, required
	 * fields and links to existing records of the tenant. A company without a customer
	 * number gets the next free one, and the kind {@code customer} unless CompanyKind
	 * says otherwise.
	 * @param tenantId the tenant
	 * @param entity the entity, e.g. {@code employees}
	 * @param given field and link keys to values as for {@link #patch}
	 * @return the record created, as Java values
	 * @throws ImportException {@code NOT_FOUND} for an unknown entity,
	 * {@code UNKNOWN_FIELD}, or {@code VALIDATION} with a detail per bad or missing value
	 */
	public Map<String, Object> create(long tenantId, String entity, Map<String, Object> given) {
		EntityTable table = table(entity);
		Map<String, FieldDef> fields = fields(table, given);
		List<ImportException.Detail> details = new ArrayList<>();
		Map<String, Object> values = validate(tenantId, table, fields, Map.of(), given, details);
		for (FieldDef field : fields.values()) {
			boolean byLink = table.links().stream().anyMatch((l) -> l.field().equals(Optional.of(field.key())));
			if (field.required() && !byLink && values.get(field.key()) == null && !given.containsKey(field.key())) {
				details.add(new ImportException.Detail(null, field.key(), null, field.label() + " is required"));
			}
		}
		for (EntityTable.Link link : table.links()) {
			if (table.requires(link) && values.get(link.key()) == null && !given.containsKey(link.key())) {
				details.add(new ImportException.Detail(null, link.key(), null,
						link.key() + " is required: the id of a " + link.targetEntity() + " record"));
			}
		}
		ImportTypes.find(entity).map(ImportTypes::requiredRules).orElse(List.of()).forEach((rule) -> {
			List<String> stored = rule.anyOf().stream().filter(fields::containsKey).toList();
			if (!stored.isEmpty() && stored.stream().allMatch((k) -> values.get(k) == null)) {
				details.add(new ImportException.Detail(null, stored.get(0), null,
						"one of " + String.join(", ", stored) + " is required"));
			}
		});
		failOn(details);
		if (table.table().equals("company")) {
			values.putIfAbsent("CompanyKind", "customer");
			if (values.get("CompanyId") == null) {
				values.put("CompanyId", Long.toString(this.numbers.maxNumeric(tenantId) + 1));
			}
		}
		long id = new SequenceIds(this.jdbc).nextId(entity);
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.tenants.lock(tenantId);
				requireLinkTargets(tenantId, table, values);
				this.writer.insert(tenantId, null, List.of(new NewRecord(entity, id, Optional.empty(), 0, values)));
			});
		}
		catch (WriteFailedException ex) {
			throw refused(table, ex);
		}
		return this.queries.findById(tenantId, table, id)
			.orElseThrow(() -> new IllegalStateException(entity + " record " + id + " vanished after its insert"));
	}

	/**
	 * Deletes one record that no other record references.
	 * @param tenantId the tenant
	 * @param entity the entity, e.g. {@code employees}
	 * @param id the record id
	 * @throws ImportException {@code NOT_FOUND} for an unknown entity or record (also of
	 * another tenant), {@code WRONG_STATE} naming what still references it
	 */
	public void delete(long tenantId, String entity, String id) {
		EntityTable table = table(entity);
		long recordId = recordId(entity, id);
		Boolean deleted;
		try {
			deleted = this.transactions.execute((status) -> {
				// Under the lock no writer can make a record point at this one before
				// the delete commits.
				this.tenants.lock(tenantId);
				if (this.queries.findById(tenantId, table, recordId).isEmpty()) {
					throw notFound(entity, id);
				}
				Map<String, Long> references = this.queries.referencesTo(tenantId, table, recordId);
				if (!references.isEmpty()) {
					List<String> parts = new ArrayList<>();
					references.forEach(
							(other, count) -> parts.add(count + " " + other + " record" + (count == 1 ? "" : "s")));
					throw new ImportException(ErrorCode.WRONG_STATE,
							"The " + entity + " record " + id + " is still referenced by " + String.join(" and ", parts)
									+ "; change or delete those first.");
				}
				return this.editor.delete(tenantId, table, recordId);
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw new ImportException(ErrorCode.WRONG_STATE, "The " + entity + " record " + id
					+ " is still referenced by other records; change or delete those first.");
		}
		if (!Boolean.TRUE.equals(deleted)) {
			throw notFound(entity, id);
		}
	}

	/**
	 * Refuses values whose links name records that are gone (deleted since the values
	 * were checked); runs under the tenant lock, in the writing transaction.
	 */
	private void requireLinkTargets(long tenantId, EntityTable table, Map<String, Object> values) {
		Map<String, Set<Long>> missing = this.links.missing(tenantId, LinkIntegrity.targetsOf(table, values));
		if (missing.isEmpty()) {
			return;
		}
		List<ImportException.Detail> details = new ArrayList<>();
		for (EntityTable.Link link : table.links()) {
			Object value = values.get(link.key());
			String target = CrmEntities.get(link.targetEntity()).table();
			if (value instanceof Long id && missing.getOrDefault(target, Set.of()).contains(id)) {
				details.add(new ImportException.Detail(null, link.key(), value.toString(),
						"there is no " + link.targetEntity() + " record with the id " + value));
			}
		}
		failOn(details);
	}

	/** The fields of the entity, after checking that every key is a field or a link. */
	private static Map<String, FieldDef> fields(EntityTable table, Map<String, Object> changes) {
		Map<String, FieldDef> fields = new LinkedHashMap<>();
		table.fields().forEach((f) -> fields.put(f.key(), f));
		List<String> unknown = changes.keySet()
			.stream()
			.filter((k) -> !fields.containsKey(k) && table.findLink(k).isEmpty())
			.toList();
		if (!unknown.isEmpty()) {
			List<String> known = new ArrayList<>(fields.keySet());
			table.links().forEach((l) -> known.add(l.key()));
			throw new ImportException(ErrorCode.UNKNOWN_FIELD,
					String.join(", ", unknown) + (unknown.size() == 1 ? " is not a field" : " are not fields") + " of "
							+ table.entity() + " that can be changed; fields: " + String.join(", ", known) + ".",
					unknown.stream()
						.map((k) -> new ImportException.Detail(null, k, null, "not a field of " + table.entity()))
						.toList());
		}
		return fields;
	}

	/**
	 * The converted values to write, E.164 copies and link ids included; null clears. Bad
	 * values add details.
	 */
	private Map<String, Object> validate(long tenantId, EntityTable table, Map<String, FieldDef> fields,
			Map<String, Object> current, Map<String, Object> changes, List<ImportException.Detail> details) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<String> cells = new ArrayList<>();
		for (Map.Entry<String, Object> change : changes.entrySet()) {
			FieldDef field = fields.get(change.getKey());
			Object value = change.getValue();
			if (field == null) {
				continue;
			}
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
			if (field == null) {
				values.put(key, link(tenantId, table.findLink(key).orElseThrow(), changes.get(key), details));
				continue;
			}
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
		return values;
	}

	/** A link id that names a record of the tenant; null after a detail or to clear. */
	private Long link(long tenantId, EntityTable.Link link, Object value, List<ImportException.Detail> details) {
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value).strip();
		Long id = null;
		if ((value instanceof String || value instanceof Number) && text.matches("[0-9]{1,18}")) {
			id = Long.valueOf(text);
		}
		if (id == null || this.queries.findById(tenantId, CrmEntities.get(link.targetEntity()), id).isEmpty()) {
			details.add(new ImportException.Detail(null, link.key(), text,
					"there is no " + link.targetEntity() + " record with the id " + text));
			return null;
		}
		return id;
	}

	private static void failOn(List<ImportException.Detail> details) {
		if (!details.isEmpty()) {
			throw new ImportException(ErrorCode.VALIDATION, details.size() + " value"
					+ (details.size() == 1 ? " is" : "s are") + " not valid; the record was not changed.",
					details.stream().distinct().toList());
		}
	}

	/** A refused insert: a natural key taken, a link gone meanwhile, else a fault. */
	private static RuntimeException refused(EntityTable table, WriteFailedException ex) {
		Throwable cause = ex.getCause();
		String state = (cause instanceof SQLException sql) ? sql.getSQLState() : null;
		if ("23505".equals(state)) {
			return duplicate(table);
		}
		if ("23503".equals(state) || "23502".equals(state)) {
			return new ImportException(ErrorCode.VALIDATION,
					"The values do not fit a new " + table.entity() + " record; nothing was created.");
		}
		return ex;
	}

	private static ImportException duplicate(EntityTable table) {
		List<String> keys = table.fields().stream().filter(FieldDef::naturalKey).map(FieldDef::key).toList();
		return new ImportException(ErrorCode.VALIDATION,
				"Another " + table.entity() + " record already has this "
						+ (keys.isEmpty() ? "key" : String.join(" or ", keys)) + "; nothing was changed.",
				keys.stream()
					.map((k) -> new ImportException.Detail(null, k, null, "already taken by another record"))
					.toList());
	}

	private static EntityTable table(String entity) {
		return CrmEntities.find(entity)
			.orElseThrow(() -> new ImportException(ErrorCode.NOT_FOUND, "There is no entity '" + entity + "'."));
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
