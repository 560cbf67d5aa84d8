package intake.schema;

import static intake.schema.FieldBuilder.field;
import static intake.schema.FieldBuilder.text;
import static intake.schema.Synonyms.CONTACT_PERSON;
import static intake.schema.Synonyms.concat;
import static intake.schema.Synonyms.prefixed;

import java.util.List;

/**
 * The optional contact person on a row of a companies file, stored in {@code contacts}.
 * Only prefixed words ({@code Kontakt e-post}, {@code Kontaktperson telefon},
 * {@code Contact email}) name these fields, because plain {@code Telefon}, {@code Mobil}
 * and {@code E-post} belong to the company; first and last name are the exception, as a
 * company has none. Limits: names 100 (full name 200), e-mail 254, phone 50, title 100.
 */
final class ContactPersonFields {

	static final String ENTITY = "contacts";

	private static final List<String> EMAIL = List.of("e-post", "epost", "e-postadress", "email", "e-mail", "mail",
			"mejl", "email address");

	private static final List<String> PHONE = List.of("telefon", "tel", "tlf", "telefonnummer", "phone", "phone number",
			"direkt", "direktnummer");

	private static final List<String> MOBILE = List.of("mobil", "mobilnummer", "mobiltelefon", "mobile", "mobile phone",
			"cell");

	private static final List<String> POSITION = List.of("befattning", "stilling", "titel", "tittel", "title",
			"job title", "roll", "rolle", "role", "position");

	private ContactPersonFields() {
	}

	static List<FieldDef> all() {
		return List.of(
				text("ContactFirstName", 100)
					.labels("Kontaktperson förnamn", "Kontaktperson fornavn", "Contact first name")
					.synonyms(concat(List.of("Förnamn", "Fornavn", "First name", "Firstname"),
							prefixed(CONTACT_PERSON, "förnamn", "fornavn", "first name", "firstname")))
					.in(ENTITY)
					.build(),
				text("ContactLastName", 100)
					.labels("Kontaktperson efternamn", "Kontaktperson etternavn", "Contact last name")
					.synonyms(concat(List.of("Efternamn", "Etternavn", "Last name", "Lastname", "Surname"),
							prefixed(CONTACT_PERSON, "efternamn", "etternavn", "last name", "lastname", "surname")))
					.in(ENTITY)
					.build(),
				text("ContactName", 200).labels("Kontaktperson", "Kontaktperson", "Contact person")
					.synonyms(concat(List.of("Kontakt", "Contact", "Kontaktnamn", "Kontaktnavn", "Contact name"),
							prefixed(CONTACT_PERSON, "namn", "navn", "name", "fullständigt namn", "fullt navn",
									"full name")))
					.in(ENTITY)
					.build(),
				field("ContactRoleEmail", FieldType.EMAIL).max(254)
					.labels("Kontaktperson e-post", "Kontaktperson e-post", "Contact email")
					.synonyms(prefixed(CONTACT_PERSON, EMAIL))
					.in(ENTITY)
					.build(),
				field("ContactRolePhone", FieldType.PHONE).max(50)
					.labels("Kontaktperson telefon", "Kontaktperson telefon", "Contact phone")
					.synonyms(prefixed(CONTACT_PERSON, PHONE))
					.in(ENTITY)
					.build(),
				field("ContactRoleMobile", FieldType.PHONE).max(50)
					.labels("Kontaktperson mobil", "Kontaktperson mobil", "Contact mobile")
					.synonyms(prefixed(CONTACT_PERSON, MOBILE))
					.in(ENTITY)
					.build(),
				text("ContactRolePosition", 100).labels("Befattning", "Stilling", "Job title")
					.synonyms(concat(List.of("Titel", "Tittel", "Title", "Roll", "Rolle", "Role", "Position",
							"Yrkestitel", "Stillingstittel", "Tjänst"), prefixed(CONTACT_PERSON, POSITION)))
					.in(ENTITY)
					.build());
	}

}
