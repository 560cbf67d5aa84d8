package intake.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Header words shared by several fields and types, in Swedish, Norwegian and English. The
 * header matcher compares them after normalisation (case, spaces, punctuation and
 * diacritics folded), so {@code "Org.nr"} and {@code "Orgnr"} are one entry.
 */
final class Synonyms {

	/** Words naming a reference to a company (customer number, org number or name). */
	static final List<String> COMPANY_REF = List.of("Företag", "Bedrift", "Company", "Kund", "Kunde", "Customer",
			"Företagsnamn", "Firmanavn", "Company name", "Kundnamn", "Kundenavn", "Customer name", "Firma",
			"Kundnummer", "Kundnr", "Kundenummer", "Customer number", "Customer no", "Organisationsnummer", "Orgnr",
			"Organisasjonsnummer", "Organisation number", "Organization number", "Account", "Account name");

	/** Words naming a reference to an employee (employee number or "First Last"). */
	static final List<String> EMPLOYEE_REF = List.of("Ansvarig", "Ansvarlig", "Owner", "Ägare", "Eier", "Säljare",
			"Selger", "Sales rep", "Salesperson", "Kundansvarig", "Kundeansvarlig", "Account owner", "Responsible",
			"Handläggare", "Saksbehandler");

	/** Words naming a reference to a contact person. */
	static final List<String> CONTACT_REF = List.of("Kontakt", "Contact", "Kontaktnamn", "Kontaktnavn", "Contact name",
			"Kontaktperson namn", "Kontaktpersonens namn");

	/** Prefixes that make a word belong to a company's visiting address. */
	static final List<String> VISIT = List.of("Besöks", "Besøks", "Besök", "Besøk", "Visiting", "Visit");

	/** Prefixes that make a word belong to a company's invoice address. */
	static final List<String> INVOICE = List.of("Faktura", "Invoice", "Billing");

	/** Prefixes that make a word belong to a company's delivery address. */
	static final List<String> DELIVERY = List.of("Leverans", "Leverings", "Levering", "Delivery", "Shipping");

	/**
	 * Prefixes that make a word in a companies file belong to the row's contact person.
	 */
	static final List<String> CONTACT_PERSON = List.of("Kontaktperson", "Kontaktpersonens", "Kontaktpersons", "Kontakt",
			"Kontaktens", "Contact", "Contact person", "Contact person's");

	static final List<String> STREET = List.of("adress", "adresse", "gatuadress", "gateadresse", "address", "street",
			"street address", "gata", "gate");

	static final List<String> POSTCODE = List.of("postnummer", "postnr", "post nr", "postkod", "zip", "zip code",
			"postal code", "postcode", "post code");

	static final List<String> POSTAREA = List.of("postområde", "postal area");

	static final List<String> CITY = List.of("ort", "postort", "stad", "poststed", "sted", "city", "town");

	static final List<String> STATE = List.of("län", "fylke", "state", "region");

	static final List<String> COUNTRY = List.of("land", "country", "landskod", "landkode", "country code");

	private Synonyms() {
	}

	/**
	 * Every prefix joined with every word, with and without a space, e.g. {@code Besöks}
	 * + {@code postnummer}.
	 */
	static List<String> prefixed(List<String> prefixes, List<String> words) {
		List<String> out = new ArrayList<>();
		for (String prefix : prefixes) {
			for (String word : words) {
				out.add(prefix + " " + word);
			}
		}
		return out;
	}

	/** {@link #prefixed(List, List)} with the words given inline. */
	static List<String> prefixed(List<String> prefixes, String... words) {
		return prefixed(prefixes, List.of(words));
	}

	/** Concatenation of several synonym lists. */
	@SafeVarargs
	static List<String> concat(List<String>... lists) {
		List<String> out = new ArrayList<>();
		for (List<String> list : lists) {
			out.addAll(list);
		}
		return out;
	}

}
