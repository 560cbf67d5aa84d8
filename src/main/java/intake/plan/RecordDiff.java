package intake.plan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import intake.schema.FieldDef;
import intake.schema.FieldType;
import intake.schema.Links;

/**
 * What a row would set on a stored record, and how that differs from what is stored.
 * Values compare as converted: decimals by value ({@code 1234.5} equals
 * {@code 1234.5000}), everything else by equality.
 */
public final class RecordDiff {

	/** Fields a stored record cannot lack; an empty cell never clears them. */
	private static final Set<String> NOT_CLEARABLE = Set.of("CompanyId", "CompanyKind");

	private RecordDiff() {
	}

	/**
	 * The values a row sets on a stored record: every non-empty value of the given fields
	 * and, with {@link EmptyCellRule#CLEAR}, null for the empty cells of mapped fields. A
	 * phone field carries its E.164 copy along (null when it has none).
	 * @param fields the record's fields
	 * @param row the row's converted values for this record
	 * @param options the plan options
	 * @return field key to value (null to clear), in field order
	 */
	static Map<String, Object> target(List<FieldDef> fields, Map<String, Object> row, PlanOptions options) {
		Map<String, Object> target = new LinkedHashMap<>();
		for (FieldDef field : fields) {
			Object value = row.get(field.key());
			Optional<String> link = linkOf(field);
			if (value != null) {
				put(target, field, value, row.get(field.e164Key()));
				link.ifPresent((key) -> target.put(key, row.get(key)));
			}
			else if (options.emptyCells() == EmptyCellRule.CLEAR && options.mappedFields().contains(field.key())
					&& clearable(field)) {
				put(target, field, null, null);
				link.ifPresent((key) -> target.put(key, null));
			}
		}
		return target;
	}

	/** The link key a reference field fills, unless it refers to its own entity. */
	static Optional<String> linkOf(FieldDef field) {
		if (field.type() != FieldType.REF || field.ref().orElseThrow().equals(field.entity())) {
			return Optional.empty();
		}
		return Links.keyOf(field.ref().get());
	}

	static void put(Map<String, Object> target, FieldDef field, Object value, Object e164) {
		target.put(field.key(), value);
		if (field.type() == FieldType.PHONE) {
			target.put(field.e164Key(), e164);
		}
	}

	static boolean clearable(FieldDef field) {
		return !field.required() && !NOT_CLEARABLE.contains(field.key());
	}

	/**
	 * The changes that writing {@code target} onto {@code stored} makes.
	 * @param target field key to new value (null to clear)
	 * @param stored the stored values (empty values absent)
	 * @return field key to change, in the order of {@code target}
	 */
	public static Map<String, FieldChange> changes(Map<String, Object> target, Map<String, Object> stored) {
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		target.forEach((key, to) -> {
			Object from = stored.get(key);
			if (!same(from, to)) {
				changes.put(key, new FieldChange(from, to));
			}
		});
		return changes;
	}

	/** Whether two converted values are equal; empty strings and lists equal null. */
	public static boolean same(Object a, Object b) {
		a = empty(a) ? null : a;
		b = empty(b) ? null : b;
		if (a == null || b == null) {
			return a == b;
		}
		if (a instanceof Number x && b instanceof Number y) {
			return decimal(x).compareTo(decimal(y)) == 0;
		}
		return a.equals(b);
	}

	private static boolean empty(Object value) {
		return (value instanceof String s && s.isEmpty()) || (value instanceof List<?> l && l.isEmpty());
	}

	private static BigDecimal decimal(Number number) {
		return (number instanceof BigDecimal d) ? d : new BigDecimal(number.toString());
	}

}
