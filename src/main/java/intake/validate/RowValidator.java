package intake.validate;

import java.util.ArrayList;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import intake.schema.FieldDef;
import intake.schema.FieldType;
import intake.schema.ImportType;

/**
 * Converts and checks the rows of one file for one import type. Column formats (date
 * order, decimal style) are decided once, at construction, from the profiles of the whole
 * file; each row is then converted independently. Every cell is trimmed of Unicode white
 * space, loses one leading apostrophe and, when it equals a null token, is empty. An
 * empty cell gives no value (an error for a required field); a cell longer than the
 * field's limit is an error, never truncated. Immutable after construction and safe to
 * share between threads. Rules of single import types ({@link TypeRules}, e.g. BAS
 * account numbers) are checked after conversion.
 */
public final class RowValidator {

	private final List<Mapped> mapped;

	private final FieldConverter converter;

	private final ValidationOptions options;

	private final List<Violation> columnWarnings;

	private final int valuesCapacity;

	private final TypeRules rules;

	private record Mapped(FieldDef field, int column) {
	}

	/**
	 * @param type the import type
	 * @param fieldColumns field key to 0-based column index, mapped fields only
	 * @param profiles from {@link ColumnProfiler} over the same file
	 * @param settings the tenant's settings
	 * @param options how cells are read
	 * @throws IllegalArgumentException for a key that is not a field of the type, or a
	 * negative column
	 */
	public RowValidator(ImportType type, Map<String, Integer> fieldColumns, List<ColumnProfile> profiles,
			TenantSettings settings, ValidationOptions options) {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(settings, "settings");
		this.options = Objects.requireNonNull(options, "options");
		List<FieldDef> fields = new ArrayList<>();
		List<Mapped> mapped = new ArrayList<>();
		fieldColumns.keySet().forEach(type::field);
		for (FieldDef field : type.fields()) {
			Integer column = fieldColumns.get(field.key());
			if (column != null) {
				if (column < 0) {
					throw new IllegalArgumentException("Negative column " + column + " for field " + field.key());
				}
				fields.add(field);
				mapped.add(new Mapped(field, column));
			}
		}
		this.mapped = List.copyOf(mapped);
		ColumnDecisions decisions = new ColumnDecisions(fields, fieldColumns, List.copyOf(profiles), settings, options);
		this.converter = new FieldConverter(fields, decisions, settings);
		this.columnWarnings = decisions.warnings();
		this.valuesCapacity = mapped.size() + mapped.size() / 2 + 1;
		this.rules = TypeRules.of(type, settings);
	}

	/**
	 * Converts one row.
	 * @param line the 1-based physical line where the row starts
	 * @param cells the row's raw cells; missing cells are empty
	 */
	public RowResult validate(long line, List<String> cells) {
		Objects.requireNonNull(cells, "cells");
		// sized for every field and an extra value for half of them (grows past that);
		// the RowResult keeps it (read-only), and a row's values come in no order
		RowValues values = new RowValues(this.valuesCapacity);
		Set<Violation> errors = new LinkedHashSet<>();
		Set<Violation> warnings = new LinkedHashSet<>();
		// Countries first: phone, postcode and organisation number fields depend on them.
		for (Mapped m : this.mapped) {
			if (m.field().type() == FieldType.COUNTRY) {
				convert(line, m, cells, values, errors, warnings);
			}
		}
		for (Mapped m : this.mapped) {
			if (m.field().type() != FieldType.COUNTRY) {
				convert(line, m, cells, values, errors, warnings);
			}
		}
		return RowResult.owning(line, values, errors.isEmpty() ? List.of() : new ArrayList<>(errors),
				warnings.isEmpty() ? List.of() : new ArrayList<>(warnings));
	}

	/**
	 * Column-level notes for the preview: columns whose date order or decimal style the
	 * values did not settle (read by the tenant's locale) or contradict. Each has line 0,
	 * the column, the field key and an example value.
	 */
	public List<Violation> columnWarnings() {
		return this.columnWarnings;
	}

	private void convert(long line, Mapped m, List<String> cells, Map<String, Object> values, Set<Violation> errors,
			Set<Violation> warnings) {
		FieldDef field = m.field();
		String raw = (m.column() < cells.size() && cells.get(m.column()) != null) ? cells.get(m.column()) : "";
		String value = Cells.clean(raw, this.options);
		if (value.isEmpty()) {
			if (field.required()) {
				errors.add(violation(line, m, raw, field.label() + " is required"));
			}
			return;
		}
		if (FieldConverter.keepsText(field.type()) && field.maxLength().isPresent()) {
			int length = value.codePointCount(0, value.length());
			if (length > field.maxLength().getAsInt()) {
				errors.add(violation(line, m, raw,
						field.label() + " is " + length + " characters; the limit is " + field.maxLength().getAsInt()));
				return;
			}
		}
		Outcome outcome = this.converter.convert(field, value, values);
		if (outcome instanceof Outcome.Failed failed) {
			errors.add(violation(line, m, raw, failed.message()));
			return;
		}
		Outcome.Ok ok = (Outcome.Ok) outcome;
		// indexed: an iterator per field and row, over a list nearly always empty, adds
		// up
		List<String> noted = ok.warnings();
		for (int w = 0; w < noted.size(); w++) {
			warnings.add(violation(line, m, raw, noted.get(w)));
		}
		// a class comparison first: see SqlValues.toSql on interface tests of Strings
		boolean plainText = ok.value() != null && ok.value().getClass() == String.class;
		if (!plainText && ok.value() instanceof List<?> list && list.isEmpty()) {
			if (field.required()) {
				errors.add(violation(line, m, raw, field.label() + " is required"));
			}
			return;
		}
		if (!plainText && ok.value() instanceof List<?> items && field.maxLength().isPresent()) {
			for (Object item : items) {
				String text = (String) item;
				if (text.codePointCount(0, text.length()) > field.maxLength().getAsInt()) {
					errors.add(violation(line, m, raw,
							field.label() + ": '" + text + "' is " + text.codePointCount(0, text.length())
									+ " characters; the limit is " + field.maxLength().getAsInt()));
					return;
				}
			}
		}
		Optional<String> broken = this.rules.check(field.key(), ok.value());
		if (broken.isPresent()) {
			errors.add(violation(line, m, raw, broken.get()));
			return;
		}
		values.put(field.key(), ok.value());
		if (!ok.extras().isEmpty()) {
			ok.extras().forEach((suffix, extra) -> values.put(FieldDef.suffixed(field.key(), suffix), extra));
		}
	}

	private static Violation violation(long line, Mapped m, String raw, String message) {
		return new Violation(line, m.column(), m.field().key(), raw, message);
	}

}
