package intake.validate;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * The tenant's conversion settings.
 *
 * @param country ISO 3166 alpha-2 code used when a row names no country (default
 * {@code SE})
 * @param locale decides the date order and decimal style of columns whose values do not
 * (default {@code sv-SE}: day first, decimal comma)
 * @param zone the zone of date-times written without offset (default
 * {@code Europe/Stockholm})
 * @param currency the tenant's currency (default {@code SEK})
 */
public record TenantSettings(String country, Locale locale, ZoneId zone, String currency) {

	public TenantSettings {
		Objects.requireNonNull(country, "country");
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(currency, "currency");
		country = country.toUpperCase(Locale.ROOT);
	}

	/** SE, sv-SE, Europe/Stockholm, SEK. */
	public static TenantSettings defaults() {
		return new TenantSettings("SE", Locale.forLanguageTag("sv-SE"), ZoneId.of("Europe/Stockholm"), "SEK");
	}

}
