package intake.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Realistic header rows per import type, each header with the field it maps to, to test a
 * spelling among the columns a real file has.
 */
final class RealisticHeaders {

	/** The header row of {@code ../shared/tools/gen_companies.py}. */
	static final Map<String, String> COMPANIES = ordered("Företagsnamn", "CompanyName", "Organisationsnummer",
			"CompanyGovNo", "Kundnummer", "CompanyId", "Adress", "CompanyPostStreet", "Postnummer",
			"CompanyPostPostcode", "Ort", "CompanyPostCity", "Land", "CompanyCountry", "Telefon", "CompanyPhone",
			"E-post", "CompanyEmail", "Webbplats", "CompanyWebsite", "Kontaktperson förnamn", "ContactFirstName",
			"Kontaktperson efternamn", "ContactLastName", "Kontakt e-post", "ContactRoleEmail", "Kontakt telefon",
			"ContactRolePhone", "Befattning", "ContactRolePosition");

	static final Map<String, String> CONTACTS = ordered("Förnamn", "ContactFirstName", "Efternamn", "ContactLastName",
			"Företag", "ContactRoleCompanyId", "Titel", "ContactRolePosition", "E-post", "ContactRoleEmail", "Telefon",
			"ContactRolePhone", "Mobil", "ContactRoleMobile", "Anteckning", "ContactNote");

	static final Map<String, String> PRODUCTS = ordered("Artikelnummer", "ProductNo", "Benämning", "ProductName",
			"Enhet", "ProductUnit", "Pris", "ProductPrice", "Inpris", "ProductCost", "Moms", "ProductVatRate",
			"Lagersaldo", "ProductStockQty", "Streckkod", "ProductEAN");

	static final Map<String, String> NOTES = ordered("Rubrik", "NoteTitle", "Beskrivning", "NoteDescription", "Datum",
			"NoteDateRegistered", "Företag", "NoteCompanyId", "Kontaktperson", "NoteContactId", "Ansvarig",
			"NoteOwner");

	private RealisticHeaders() {
	}

	static Map<String, String> of(String typeKey) {
		return switch (typeKey) {
			case "companies" -> COMPANIES;
			case "contacts" -> CONTACTS;
			case "products" -> PRODUCTS;
			case "notes" -> NOTES;
			default -> throw new IllegalArgumentException("No realistic header row for " + typeKey);
		};
	}

	/**
	 * The realistic row of the type with the given header appended, minus any column that
	 * maps to the header's expected field (a file has one column per field).
	 */
	static List<String> rowWith(String typeKey, String header, Optional<String> expected) {
		List<String> row = new ArrayList<>();
		of(typeKey).forEach((other, field) -> {
			if (!other.equals(header) && !expected.equals(Optional.of(field))) {
				row.add(other);
			}
		});
		row.add(header);
		return row;
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> out = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			out.put(pairs[i], pairs[i + 1]);
		}
		return Collections.unmodifiableMap(out);
	}

}
