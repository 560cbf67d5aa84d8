package intake.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import intake.schema.FieldDef;
import intake.schema.FieldType;

/**
 * Converts one cleaned, non-empty cell by its field's type, with the column decisions
 * made for the file and the countries the row names.
 */
final class FieldConverter {

	/** Distinct cells kept per cached field type. */
	static final int CACHED = 4096;

	private final ColumnDecisions decisions;

	private final CountrySources countries;

	private final TenantSettings settings;

	private final Map<String, EnumReader> enums = new HashMap<>();

	/*
	 * Conversions that are slow (libphonenumber, regular expressions, Unicode folding)
	 * and whose cells repeat on each contact row of a company; keyed by everything the
	 * outcome depends on.
	 */
	private final RecentOutcomes phones = new RecentOutcomes(CACHED);

	private final RecentOutcomes govNos = new RecentOutcomes(CACHED);

	private final RecentOutcomes urls = new RecentOutcomes(CACHED);

	private final RecentOutcomes countryNames = new RecentOutcomes(CACHED);

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
			case URL -> this.urls.get(value, UrlReader::read);
			case PHONE -> phone(value, this.countries.country(key, rowValues).orElse(this.settings.country()));
			case COUNTRY -> this.countryNames.get(value, CountryReader::read);
			case POSTCODE ->
				PostcodeReader.read(value, this.countries.country(key, rowValues).orElse(this.settings.country()));
			case GOV_NO -> govNo(value, this.countries.country(key, rowValues));
			case EAN -> EanReader.read(value);
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

	private Outcome phone(String value, String country) {
		return PhoneReader.readCommon(value, country)
			.orElseGet(() -> this.phones.get(country + " " + value, (key) -> PhoneReader.parse(value, country)));
	}

	private Outcome govNo(String value, Optional<String> country) {
		return this.govNos.get(country.orElse("") + " " + value, (key) -> GovNoReader.read(value, country));
	}

	/**
	 * Whether the field stores the cell as written, so that its length limit applies to
	 * it.
	 */
	static boolean keepsText(FieldType type) {
		return switch (type) {
			case TEXT, EMAIL, URL, PHONE, POSTCODE, GOV_NO, EAN, REF -> true;
			default -> false;
		};
	}

}
