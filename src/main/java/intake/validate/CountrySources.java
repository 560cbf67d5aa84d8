package intake.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import intake.schema.FieldDef;
import intake.schema.FieldType;

/**
 * For each mapped phone, postcode and organisation number field, the row's country fields
 * that may tell its country, best first: fields of the same entity before others, then
 * the most leading key words in common ({@code CompanyInvoicePostCode} prefers
 * {@code CompanyInvoiceCountry}), then the shorter key ({@code CompanyCountry} before
 * {@code CompanyDeliveryCountry}). The first of them with a valid value in the row wins.
 */
final class CountrySources {

	private final Map<String, List<String>> sources = new HashMap<>();

	CountrySources(List<FieldDef> mapped) {
		List<FieldDef> countries = mapped.stream().filter((f) -> f.type() == FieldType.COUNTRY).toList();
		for (FieldDef field : mapped) {
			if (field.type() == FieldType.PHONE || field.type() == FieldType.POSTCODE
					|| field.type() == FieldType.GOV_NO) {
				List<FieldDef> ranked = new ArrayList<>(countries);
				ranked.sort(Comparator.comparing((FieldDef c) -> !c.entity().equals(field.entity()))
					.thenComparing((FieldDef c) -> -commonWords(c.key(), field.key()))
					.thenComparingInt((FieldDef c) -> c.key().length())
					.thenComparing(FieldDef::key));
				this.sources.put(field.key(), ranked.stream().map(FieldDef::key).toList());
			}
		}
	}

	/** The row's country for a field, from the converted country values of the row. */
	Optional<String> country(String fieldKey, Map<String, Object> rowValues) {
		for (String key : this.sources.getOrDefault(fieldKey, List.of())) {
			Object country = rowValues.get(key);
			if (country != null) {
				return Optional.of((String) country);
			}
		}
		return Optional.empty();
	}

	static int commonWords(String a, String b) {
		List<String> left = words(a);
		List<String> right = words(b);
		int common = 0;
		while (common < left.size() && common < right.size() && left.get(common).equals(right.get(common))) {
			common++;
		}
		return common;
	}

	private static List<String> words(String key) {
		return List.of(key.split("(?<=[a-z0-9])(?=[A-Z])"));
	}

}
