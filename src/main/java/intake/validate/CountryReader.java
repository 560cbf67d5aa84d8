package intake.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import intake.schema.TextFolding;

/**
 * Reads a country as an ISO 3166 alpha-2 code (any case), an alpha-3 code, or its name in
 * Swedish, Norwegian, Danish, Finnish, English or German (the JDK's display names), plus
 * common extras such as {@code USA}, {@code UK}, {@code Holland}. Names are compared
 * case- and diacritics-insensitively.
 */
final class CountryReader {

	private static final List<Locale> NAME_LOCALES = List.of(Locale.forLanguageTag("sv"), Locale.forLanguageTag("nb"),
			Locale.forLanguageTag("nn"), Locale.forLanguageTag("no"), Locale.ENGLISH, Locale.forLanguageTag("da"),
			Locale.forLanguageTag("fi"), Locale.GERMAN);

	private static final Map<String, String> EXTRAS = Map.ofEntries(Map.entry("sverige", "SE"),
			Map.entry("norge", "NO"), Map.entry("noreg", "NO"), Map.entry("danmark", "DK"), Map.entry("suomi", "FI"),
			Map.entry("finland", "FI"), Map.entry("aland", "AX"), Map.entry("island", "IS"),
			Map.entry("storbritannien", "GB"), Map.entry("storbritannia", "GB"), Map.entry("england", "GB"),
			Map.entry("uk", "GB"), Map.entry("greatbritain", "GB"), Map.entry("unitedkingdom", "GB"),
			Map.entry("usa", "US"), Map.entry("us", "US"), Map.entry("unitedstates", "US"),
			Map.entry("unitedstatesofamerica", "US"), Map.entry("amerika", "US"), Map.entry("forentastaterna", "US"),
			Map.entry("holland", "NL"), Map.entry("nederland", "NL"), Map.entry("tyskland", "DE"),
			Map.entry("deutschland", "DE"));

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private static final Map<String, String> NAMES = names();

	private CountryReader() {
	}

	/** The alpha-2 code, or an error. */
	static Outcome read(String value) {
		return code(value).<Outcome>map(Outcome::ok)
			.orElseGet(() -> Outcome.fail("'" + value
					+ "' is not a country (expected an ISO code such as SE, NO, DK, FI or a name such as Sverige)"));
	}

	/** The alpha-2 code for a code or name, if known. */
	static Optional<String> code(String value) {
		String upper = value.toUpperCase(Locale.ROOT);
		if (upper.length() == 2 && CODES.contains(upper)) {
			return Optional.of(upper);
		}
		return Optional.ofNullable(NAMES.get(TextFolding.fold(value)));
	}

	private static Map<String, String> names() {
		Map<String, String> names = new HashMap<>(EXTRAS);
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale.Builder().setRegion(code).build();
			names.putIfAbsent(TextFolding.fold(country.getISO3Country()), code);
		}
		for (Locale language : NAME_LOCALES) {
			for (String code : Locale.getISOCountries()) {
				Locale country = new Locale.Builder().setRegion(code).build();
				String name = TextFolding.fold(country.getDisplayCountry(language));
				if (!name.isEmpty()) {
					names.putIfAbsent(name, code);
				}
			}
		}
		return Map.copyOf(names);
	}

}
