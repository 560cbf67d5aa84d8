package intake.schema;

import static intake.schema.FieldBuilder.field;
import static intake.schema.FieldBuilder.text;

import java.util.List;
import java.util.Map;

import static intake.schema.FieldType.BOOLEAN;
import static intake.schema.FieldType.DATE;
import static intake.schema.FieldType.EMAIL;
import static intake.schema.FieldType.PHONE;

/**
 * The {@code contacts} import type: contact persons, each optionally linked to a company.
 * No single field is required; a contact needs ContactFirstName, ContactLastName or
 * ContactName ({@link RequiredRule}). Plain words ({@code Namn}, {@code E-post},
 * {@code Telefon}) mean the contact's own (work) details here. Limits: names 100 (full
 * name 200), e-mail 254, phone 50, title 100, street 200, postcode 20, area 100, number
 * 50, note 4000.
 */
final class ContactsType {

	static final String KEY = "contacts";

	static final String ENTITY = "contacts";

	private ContactsType() {
	}

	static ImportType create() {
		return new ImportType(KEY, Map.of("sv", "Kontakter", "no", "Kontakter", "en", "Contacts"),
				"Contact persons, each optionally linked to an existing or same-file company.", ImportMode.CREATE,
				ENTITY, fields().stream().map((f) -> f.in(ENTITY).build()).toList());
	}

	private static List<FieldBuilder> fields() {
		return List.of(
				text("ContactFirstName", 100).labels("Förnamn", "Fornavn", "First name")
					.synonyms("Firstname", "Given name", "Tilltalsnamn", "Kontaktperson förnamn", "Contact first name"),
				text("ContactLastName", 100).labels("Efternamn", "Etternavn", "Last name")
					.synonyms("Lastname", "Surname", "Family name", "Kontaktperson efternamn", "Contact last name"),
				text("ContactName", 200).labels("Namn", "Navn", "Name")
					.synonyms("Fullständigt namn", "Fullt namn", "Fullt navn", "Full name", "Kontaktnamn",
							"Kontaktnavn", "Kontaktperson", "Contact person", "Contact name", "Kontakt", "Contact",
							"För- och efternamn"),
				FieldBuilder.ref("ContactRoleCompanyId", "companies")
					.labels("Företag", "Bedrift", "Company")
					.synonyms("Företagsnamn", "Firmanavn", "Company name", "Firma", "Organisationsnummer", "Orgnr",
							"Organisasjonsnummer", "Organisation number", "Organization number", "Arbetsgivare",
							"Arbeidsgiver", "Employer", "Organisation", "Organization", "Account", "Account name",
							"Company ID", "Företags-ID", "Selskap"),
				text("ContactRolePosition", 100).labels("Befattning", "Stilling", "Job title")
					.synonyms("Titel", "Tittel", "Title", "Roll", "Rolle", "Role", "Position", "Yrkestitel",
							"Stillingstittel", "Tjänst", "Yrke"),
				field("ContactRoleEmail", EMAIL).max(254)
					.labels("E-post", "E-post", "Email")
					.synonyms("E-postadress", "E-postadresse", "Epost", "E-mail", "Email address", "E-mail address",
							"Mail", "Mejl", "Mailadress", "Work email", "Email work", "Business email", "E-post arbete",
							"E-post jobb", "Jobbmail", "Arbetsmejl"),
				field("ContactRolePhone", PHONE).max(50)
					.labels("Telefon", "Telefon", "Phone")
					.synonyms("Telefonnummer", "Telefonnr", "Tel", "Tel.nr", "Telnr", "Tlf", "Phone number",
							"Telephone", "Work phone", "Phone work", "Business phone", "Direktnummer", "Direkt",
							"Arbetstelefon", "Jobbtelefon", "Telefon arbete", "Telefon jobb"),
				field("ContactRoleMobile", PHONE).max(50)
					.labels("Mobil", "Mobil", "Mobile")
					.synonyms("Mobilnummer", "Mobilnr", "Mobiltelefon", "Mobile phone", "Mobile number", "Cell",
							"Cell phone", "Jobbmobil", "Work mobile", "Mobiltlf"),
				field("ContactRoleFax", PHONE).max(50)
					.labels("Fax", "Faks", "Fax")
					.synonyms("Telefax", "Faxnummer", "Faksnummer", "Fax number"),
				field("ContactEmail", EMAIL).max(254)
					.labels("Privat e-post", "Privat e-post", "Private email")
					.synonyms("E-post privat", "Privat epost", "Privat mail", "Email home", "Home email",
							"Personal email"),
				field("ContactEmail2", EMAIL).max(254)
					.labels("E-post 2", "E-post 2", "Email 2")
					.synonyms("Alternativ e-post", "Alternative email", "Other email", "Email other", "Annan e-post",
							"Secondary email", "Epost 2"),
				field("ContactPhone", PHONE).max(50)
					.labels("Privat telefon", "Privat telefon", "Private phone")
					.synonyms("Hemtelefon", "Telefon hem", "Telefon privat", "Home phone", "Phone home",
							"Personal phone"),
				field("ContactMobile", PHONE).max(50)
					.labels("Privat mobil", "Privat mobil", "Private mobile")
					.synonyms("Mobil privat", "Personal mobile", "Private cell"),
				text("ContactAddressStreet", 200).labels("Adress", "Adresse", "Address")
					.synonyms("ContactAdressStreet", "Gatuadress", "Gateadresse", "Postadress", "Postadresse", "Street",
							"Street address", "Hemadress", "Home address"),
				field("ContactAddressPostCode", FieldType.POSTCODE).max(20)
					.labels("Postnummer", "Postnummer", "Postcode")
					.synonyms("ContactAdressPostCode", "Postnr", "Post nr", "Zip", "Zip code", "Postal code",
							"Post code"),
				text("ContactAddressPostArea", 100).labels("Postort", "Poststed", "Postal area")
					.synonyms("ContactAdressPostArea", "Ort", "Stad", "Sted", "City", "Town", "Postområde"),
				field("ContactCountry", FieldType.COUNTRY).labels("Land", "Land", "Country")
					.synonyms("Landskod", "Landkode", "Country code"),
				field("ContactDateOfBirth", DATE).labels("Födelsedatum", "Fødselsdato", "Date of birth")
					.synonyms("Född", "Født", "Birthday", "Birth date", "Födelsedag", "Bursdag", "DOB"),
				field("ContactIsConsumer", BOOLEAN).labels("Privatperson", "Privatperson", "Consumer")
					.synonyms("Is consumer", "Konsument", "Forbruker"),
				field("ContactIsEmployee", BOOLEAN).labels("Anställd", "Ansatt", "Employee")
					.synonyms("Is employee", "Medarbetare"),
				text("ContactCustomerId", 50).naturalKey()
					.labels("Kontaktnummer", "Kontaktnummer", "Contact number")
					.synonyms("Kontaktnr", "Kontakt-ID", "Contact ID", "Contact no", "Kontaktens kundnummer",
							"Contact customer number"),
				text("ContactNote", 4000).labels("Anteckning", "Notat", "Note")
					.synonyms("Anteckningar", "Notater", "Notes", "Kommentar", "Comment", "Comments", "Merknad",
							"Bakgrund", "Bakgrunn", "Background"),
				FieldBuilder.ref("ContactOwner", "employees")
					.labels("Ansvarig", "Ansvarlig", "Owner")
					.synonyms("Ägare", "Eier", "Kontaktansvarig", "Kontaktansvarlig", "Säljare", "Selger", "Sales rep",
							"Account owner"));
	}

}
