package intake.job;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import intake.validate.TenantSettings;

/**
 * A change of the tenant's settings; empty parts keep their value. Values are the API's
 * strings: {@code country} an ISO 3166 alpha-2 code, {@code locale} a BCP 47 tag with a
 * language and a country ({@code sv-SE}), {@code timeZone} a time-zone id
 * ({@code Europe/Oslo}), {@code currency} an ISO 4217 code. Codes are read in any case.
 *
 * @param country the new country, if any
 * @param locale the new locale, if any
 * @param timeZone the new time zone, if any
 * @param currency the new currency, if any
 */
public record SettingsChange(Optional<String> country, Optional<String> locale, Optional<String> timeZone,
		Optional<String> currency) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	/** The longest locale tag the tenant table stores. */
	private static final int MAX_LOCALE = 20;

	/** The longest zone id the tenant table stores. */
	private static final int MAX_ZONE = 50;

	/**
	 * The settings with this change applied.
	 * @param current the settings now
	 * @return the changed settings
	 * @throws ImportException {@code VALIDATION} naming every field whose value is not
	 * valid; nothing is applied then
	 */
	TenantSettings applyTo(TenantSettings current) {
		List<ImportException.Detail> problems = new ArrayList<>();
		String newCountry = this.country.map((c) -> country(c, problems)).orElse(current.country());
		Locale newLocale = this.locale.map((l) -> locale(l, problems)).orElse(current.locale());
		ZoneId newZone = this.timeZone.map((z) -> zone(z, problems)).orElse(current.zone());
		String newCurrency = this.currency.map((c) -> currency(c, problems)).orElse(current.currency());
		if (!problems.isEmpty()) {
			throw new ImportException(ErrorCode.VALIDATION,
					"The settings were not changed: "
							+ problems.stream().map(ImportException.Detail::message).toList().get(0)
							+ ((problems.size() > 1) ? " (and " + (problems.size() - 1) + " more)" : ""),
					problems);
		}
		return new TenantSettings(newCountry, newLocale, newZone, newCurrency);
	}

	private static String country(String value, List<ImportException.Detail> problems) {
		String code = value.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(code)) {
			problems.add(problem("country", value,
					"'" + value + "' is not an ISO 3166 alpha-2 country code (e.g. SE, NO, DK, FI)"));
		}
		return code;
	}

	private static Locale locale(String value, List<ImportException.Detail> problems) {
		String message = "'" + value + "' is not a locale with a language and a country as a BCP 47 tag"
				+ " (e.g. sv-SE, nb-NO, en-US)";
		try {
			Locale locale = new Locale.Builder().setLanguageTag(value.strip()).build();
			if (!LANGUAGES.contains(locale.getLanguage()) || !COUNTRIES.contains(locale.getCountry())
					|| locale.toLanguageTag().length() > MAX_LOCALE) {
				problems.add(problem("locale", value, message));
			}
			return locale;
		}
		catch (IllformedLocaleException ex) {
			problems.add(problem("locale", value, message));
			return Locale.ROOT;
		}
	}

	private static ZoneId zone(String value, List<ImportException.Detail> problems) {
		String message = "'" + value + "' is not a time zone (e.g. Europe/Stockholm, Europe/Oslo, UTC)";
		try {
			ZoneId zone = ZoneId.of(value.strip());
			if (zone.getId().length() > MAX_ZONE) {
				problems.add(problem("timeZone", value, message));
			}
			return zone;
		}
		catch (DateTimeException ex) {
			problems.add(problem("timeZone", value, message));
			return ZoneId.of("UTC");
		}
	}

	private static String currency(String value, List<ImportException.Detail> problems) {
		String code = value.strip().toUpperCase(Locale.ROOT);
		try {
			return Currency.getInstance(code).getCurrencyCode();
		}
		catch (IllegalArgumentException ex) {
			problems.add(problem("currency", value,
					"'" + value + "' is not an ISO 4217 currency code (e.g. SEK, NOK, EUR)"));
			return code;
		}
	}

	private static ImportException.Detail problem(String field, String value, String message) {
		return new ImportException.Detail(null, field, value, message);
	}

}
