package intake.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import intake.schema.FieldDef;
import intake.schema.FieldType;

/**
 * Converts one cleaned, non-empty cell by its field's type, with the column decisions
 * made for the file and the countries the row names.
 */
final class FieldConverter {

	private final ColumnDecisions decisions;

	private final CountrySources countries;

	private final TenantSettings settings;

	private final Map<String, EnumReader> enums = new HashMap<>();

	FieldConverter(List<FieldDef> mapped, ColumnDecisions decisions, TenantSettings settings) {
		this.decisions = decisions;
		this.countries = new CountrySources(mapped);
		this.settings = settings;
		mapped.stream()
			.filter((f) -> f.type() == FieldType.ENUM)
			.forEach((f) -> this.enums.put(f.key(), new EnumReader(f)));
	}

	/**
	 * Converts a value. {@code rowValues} holds the row's values converted so far;
	 * country fields are converted before the fields that depend on them.
	 */
	Outcome convert(FieldDef field, String value, Map<String, Object> rowValues) {
		String key = field.key();
		return switch (field.type()) {
			case TEXT, REF -> Outcome.ok(value);
			case EMAIL -> EmailReader.read(value);
			case URL -> UrlReader.read(value);
			case PHONE ->
				PhoneReader.read(value, this.countries.country(key, rowValues).orElse(this.settings.country()));
			case COUNTRY -> CountryReader.read(value);
			case POSTCODE ->
				PostcodeReader.read(value, this.countries.country(key, rowValues).orElse(this.settings.country()));
			case GOV_NO -> GovNoReader.read(value, this.countries.country(key, rowValues));
			case INTEGER -> IntegerReader.read(value, this.decisions.number(key));
			case DECIMAL -> DecimalReader.read(value, this.decisions.number(key));
			case PERCENT -> PercentReader.read(value, this.decisions.number(key));
			case DATE -> DateReader.readDate(value, this.decisions.date(key), this.settings.zone());
			case DATETIME -> DateReader.readDateTime(value, this.decisions.date(key), this.settings.zone());
			case BOOLEAN -> BooleanReader.read(value);
			case ENUM -> this.enums.get(key).read(value);
			case TEXT_LIST -> Outcome.ok(TextListReader.items(value));
		};
	}

	/**
	 * Whether the field stores the cell as written, so that its length limit applies to
	 * it.
	 */
	static boolean keepsText(FieldType type) {
		return switch (type) {
			case TEXT, EMAIL, URL, PHONE, POSTCODE, GOV_NO, REF -> true;
			default -> false;
		};
	}

}
