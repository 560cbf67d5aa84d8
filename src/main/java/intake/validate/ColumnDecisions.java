package intake.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import intake.schema.FieldDef;
import intake.schema.FieldType;

/**
 * Decides, once per mapped column, the day/month order of date fields and the decimal
 * style of number fields, and explains each decision the values did not settle. An
 * explicit choice in {@link ValidationOptions} always wins. Otherwise: a value that fits
 * only one reading decides the column; values that fit only opposite readings make the
 * column {@code MIXED}; when nothing decides, the tenant's locale does and the column is
 * reported as ambiguous.
 */
final class ColumnDecisions {

	private final Map<String, DateReading> dates = new HashMap<>();

	private final Map<String, NumberReading> numbers = new HashMap<>();

	private final List<Violation> warnings = new ArrayList<>();

	ColumnDecisions(List<FieldDef> fields, Map<String, Integer> fieldColumns, List<ColumnProfile> profiles,
			TenantSettings settings, ValidationOptions options) {
		for (FieldDef field : fields) {
			int column = fieldColumns.get(field.key());
			ColumnProfile profile = (column < profiles.size()) ? profiles.get(column) : ColumnProfile.empty(column);
			FieldType type = field.type();
			if (type == FieldType.DATE || type == FieldType.DATETIME) {
				this.dates.put(field.key(), dateReading(field, column, profile.dates(),
						options.dateOrders().get(field.key()), DateOrder.of(settings.locale())));
			}
			else if (type == FieldType.DECIMAL || type == FieldType.PERCENT || type == FieldType.INTEGER) {
				this.numbers.put(field.key(), numberReading(field, column, profile.decimals(),
						options.decimalStyles().get(field.key()), DecimalStyle.of(settings.locale())));
			}
		}
	}

	DateReading date(String fieldKey) {
		return this.dates.get(fieldKey);
	}

	NumberReading number(String fieldKey) {
		return this.numbers.get(fieldKey);
	}

	List<Violation> warnings() {
		return List.copyOf(this.warnings);
	}

	private DateReading dateReading(FieldDef field, int column, DateEvidence evidence, DateOrder chosen,
			DateOrder locale) {
		if (chosen != null) {
			return DateReading.of(chosen);
		}
		if (evidence.dayFirstOnly() > 0 && evidence.monthFirstOnly() > 0) {
			warn(field, column, evidence.firstEither(), field.label()
					+ ": some dates fit only day.month and others only month/day; each is read in the order it fits,"
					+ " and dates that fit both are rejected — choose the order if the column has one");
			return DateReading.MIXED;
		}
		if (evidence.dayFirstOnly() > 0) {
			return DateReading.DAY_FIRST;
		}
		if (evidence.monthFirstOnly() > 0) {
			return DateReading.MONTH_FIRST;
		}
		if (evidence.either() > 0) {
			warn(field, column, evidence.firstEither(),
					field.label() + ": day and month order is ambiguous in every value (e.g. '" + evidence.firstEither()
							+ "'); read as " + locale.description()
							+ " (the tenant's locale) — choose the order if that is wrong");
		}
		return DateReading.of(locale);
	}

	private NumberReading numberReading(FieldDef field, int column, DecimalEvidence evidence, DecimalStyle chosen,
			DecimalStyle locale) {
		if (chosen != null) {
			return NumberReading.of(chosen);
		}
		if (evidence.commaOnly() > 0 && evidence.dotOnly() > 0) {
			warn(field, column, evidence.firstEither(), field.label()
					+ ": some numbers use the decimal comma and others the decimal point; each is read in the style it"
					+ " fits, and numbers that fit both (such as 1,234) are rejected — choose the decimal style if the"
					+ " column has one");
			return NumberReading.MIXED;
		}
		if (evidence.commaOnly() > 0) {
			return NumberReading.COMMA_DECIMAL;
		}
		if (evidence.dotOnly() > 0) {
			return NumberReading.DOT_DECIMAL;
		}
		if (evidence.either() > 0 && field.type() == FieldType.INTEGER) {
			// In a whole-number column '1,234' can only mean 1234: its separator groups
			// thousands.
			return (evidence.firstEither().indexOf(',') >= 0) ? NumberReading.DOT_DECIMAL : NumberReading.COMMA_DECIMAL;
		}
		if (evidence.either() > 0) {
			warn(field, column, evidence.firstEither(), field.label() + ": a value such as '" + evidence.firstEither()
					+ "' could use either decimal style and no value in this column settles it; read with the "
					+ locale.description() + " (the tenant's locale) — choose the decimal style if that is wrong");
		}
		return NumberReading.of(locale);
	}

	private void warn(FieldDef field, int column, String value, String message) {
		this.warnings.add(new Violation(0, column, field.key(), value, message));
	}

}
