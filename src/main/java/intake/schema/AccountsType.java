package intake.schema;

import static intake.schema.FieldBuilder.text;

import java.util.List;
import java.util.Map;

/**
 * The {@code accounts} import type: the chart of accounts (SE BAS, NO NS 4102). Account
 * numbers are text (4 digits in both standards; limit 10), names 100, VAT codes 10.
 */
final class AccountsType {

	static final String KEY = "accounts";

	static final String ENTITY = "accounts";

	private AccountsType() {
	}

	static ImportType create() {
		List<FieldBuilder> fields = List.of(
				text("AccountNo", 10).naturalKey()
					.required()
					.labels("Kontonummer", "Kontonummer", "Account number")
					.synonyms("Konto", "Kontonr", "Konto nr", "Account", "Account no", "BAS-konto"),
				text("AccountName", 100).required()
					.labels("Kontonamn", "Kontonavn", "Account name")
					.synonyms("Benämning", "Betegnelse", "Namn", "Navn", "Name", "Kontobeskrivning", "Beskrivning",
							"Description"),
				text("AccountVatNo", 10).labels("Momskod", "Mva-kode", "VAT code")
					.synonyms("Momskod", "Skattekod", "Tax code", "VAT", "Moms", "Mva"));
		return new ImportType(KEY, Map.of("sv", "Kontoplan", "no", "Kontoplan", "en", "Chart of accounts"),
				"The chart of accounts: account numbers, names and VAT codes.", ImportMode.CREATE, ENTITY,
				fields.stream().map((f) -> f.in(ENTITY).build()).toList());
	}

}
