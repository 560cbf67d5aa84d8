package intake.schema;

import static intake.schema.FieldBuilder.field;
import static intake.schema.FieldBuilder.text;

import java.util.ArrayList;
import java.util.List;

import static intake.schema.FieldType.BOOLEAN;
import static intake.schema.FieldType.COUNTRY;
import static intake.schema.FieldType.DATE;
import static intake.schema.FieldType.DECIMAL;
import static intake.schema.FieldType.EMAIL;
import static intake.schema.FieldType.ENUM;
import static intake.schema.FieldType.GOV_NO;
import static intake.schema.FieldType.INTEGER;
import static intake.schema.FieldType.PHONE;
import static intake.schema.FieldType.TEXT_LIST;
import static intake.schema.FieldType.URL;

/**
 * The fields of a companies file, shared by the types {@code companies},
 * {@code private-customers}, {@code leads} and {@code suppliers}. Company fields are
 * stored in {@code companies}, the optional contact person of a row in {@code contacts}
 * ({@link ContactPersonFields}).
 * <p>
 * Length limits are those of IMPORT-FIELDS.md where it gives one (CompanyName 200,
 * CompanyNote 4000); the others are the real limits of the CRM's columns: customer number
 * 50, organisation number 30, names 100–200, e-mail 254 (RFC 5321), phone 50, web address
 * 255, street 200, postcode 20, city and area 100.
 */
final class CompanyFields {

	static final String ENTITY = "companies";

	private static final List<FieldDef> ALL = build();

	private CompanyFields() {
	}

	/** Every field of a companies file, in template order. */
	static List<FieldDef> all() {
		return ALL;
	}

	private static List<FieldDef> build() {
		List<FieldDef> fields = new ArrayList<>();
		identity().forEach((f) -> fields.add(f.in(ENTITY).build()));
		CompanyAddressFields.all().forEach((f) -> fields.add(f.in(ENTITY).build()));
		details().forEach((f) -> fields.add(f.in(ENTITY).build()));
		fields.addAll(ContactPersonFields.all());
		return List.copyOf(fields);
	}

	private static List<FieldBuilder> identity() {
		return List.of(
				text("CompanyId", 50).naturalKey()
					.labels("Kundnummer", "Kundenummer", "Customer number")
					.synonyms("Kundnr", "Kund-nr", "Kundenr", "Kunde nr", "Customer No", "Customer ID", "Kund-ID",
							"Kunde-ID", "Cust no", "Client number", "Client ID", "Kundkod"),
				text("CompanyName", 200).required()
					.labels("Företagsnamn", "Firmanavn", "Company name")
					.synonyms("Företag", "Firma", "Firmanamn", "Bedrift", "Bedriftsnavn", "Selskap", "Selskapsnavn",
							"Kundnamn", "Kundenavn", "Customer name", "Name", "Namn", "Navn", "Company",
							"Organisationsnamn", "Organisasjonsnavn", "Organisation name", "Organization name",
							"Account name", "Business name", "Företagets namn"),
				text("CompanyConsumername", 100)
					.labels("Förnamn (privatkund)", "Fornavn (privatkunde)", "Consumer first name")
					.synonyms("Privatkund förnamn", "Privatkunde fornavn", "Consumer name"),
				field("CompanyGovNo", GOV_NO).max(30)
					.naturalKey()
					.labels("Organisationsnummer", "Organisasjonsnummer", "Organisation number")
					.synonyms("Org.nr", "Org nr", "Org.nr.", "Org. nummer", "Orgnummer", "Organisationsnr",
							"Organisasjonsnr", "Org.no", "Org number", "Organization number", "Company reg. no",
							"Company registration number", "Registration number", "Business ID", "Corporate ID",
							"Company number", "Foretaksnummer", "Foretaksnr"),
				field("CompanyIsCorporate", BOOLEAN).labels("Är företag", "Er bedrift", "Is corporate")
					.synonyms("Juridisk person", "Corporate", "Företagskund", "Bedriftskunde"),
				field("CompanyKind", ENUM).labels("Kundtyp", "Kundetype", "Customer kind")
					.synonyms("Customer type", "Kind", "Kundrelation", "Relasjon", "Relation")
					.choice("customer", "customer", "Kund", "Kunde", "Customer")
					.choice("private", "private", "Privat", "Privatkund", "Privatkunde", "Private", "Private customer")
					.choice("lead", "lead", "Prospekt", "Lead", "Emne")
					.choice("supplier", "supplier", "Leverantör", "Leverandør", "Supplier"),
				text("CompanyNickname", 100).labels("Kortnamn", "Kortnavn", "Nickname")
					.synonyms("Alias", "Short name", "Smeknamn", "Kallenavn"),
				field("CompanyPhone", PHONE).max(50)
					.labels("Telefon", "Telefon", "Phone")
					.synonyms("Tel.nr", "Telnr", "Telefonnummer", "Telefonnr", "Tel", "Tlf", "Tlf.nr", "Phone number",
							"Telephone", "Växel", "Växelnummer", "Sentralbord", "Switchboard", "Företagstelefon",
							"Company phone"),
				field("CompanyMobile", PHONE).max(50)
					.labels("Mobil", "Mobil", "Mobile")
					.synonyms("Mobilnummer", "Mobilnr", "Mobiltelefon", "Mobile phone", "Mobile number", "Cell",
							"Cell phone", "Mob", "Mobiltlf"),
				field("CompanyFax", PHONE).max(50)
					.labels("Fax", "Faks", "Fax")
					.synonyms("Telefax", "Faxnummer", "Faksnummer", "Fax number"),
				field("CompanyEmail", EMAIL).max(254)
					.labels("E-post", "E-post", "Email")
					.synonyms("E-postadress", "E-postadresse", "Epost", "E-mail", "E-mail address", "Email address",
							"Mail", "Mejl", "Mailadress", "Mejladress", "Company email", "Företagets e-post"),
				field("CompanyInvoiceEmail", EMAIL).max(254)
					.labels("Faktura e-post", "Faktura e-post", "Invoice email")
					.synonyms("E-post faktura", "E-post för faktura", "Fakturamail", "Fakturamejl", "Invoice e-mail",
							"Billing email", "Billing e-mail", "E-faktura e-post", "E-post for faktura"),
				field("CompanyWebsite", URL).max(255)
					.labels("Webbplats", "Nettside", "Website")
					.synonyms("Hemsida", "Webbsida", "Webb", "Web", "Webbadress", "Hjemmeside", "Nettsted",
							"Nettadresse", "Homepage", "URL", "Web address", "Web site", "WWW", "Webside"),
				field("CompanyCountry", COUNTRY).labels("Land", "Land", "Country")
					.synonyms("Landskod", "Landkode", "Country code"));
	}

	private static List<FieldBuilder> details() {
		return List.of(
				FieldBuilder.ref("CompanyOwner", "employees")
					.labels("Ansvarig säljare", "Ansvarlig selger", "Account owner")
					.synonyms(Synonyms.EMPLOYEE_REF),
				text("CompanyIndustry", 100).labels("Bransch", "Bransje", "Industry")
					.synonyms("Sektor", "Sector", "Verksamhet", "Branch"),
				field("CompanyProfit", DECIMAL).labels("Resultat", "Resultat", "Profit")
					.synonyms("Vinst", "Overskudd", "Årsresultat", "Net income"),
				field("CompanyTurnover", DECIMAL).labels("Omsättning", "Omsetning", "Turnover")
					.synonyms("Årsomsättning", "Årsomsetning", "Revenue", "Annual revenue", "Intäkter",
							"Driftsinntekter"),
				field("CompanyNrOfEmp", INTEGER).labels("Antal anställda", "Antall ansatte", "Number of employees")
					.synonyms("Anställda", "Ansatte", "Employees", "Antal anst", "No of employees", "Headcount",
							"Antal medarbetare"),
				text("CompanyNote", 4000).labels("Anteckning", "Notat", "Note")
					.synonyms("Anteckningar", "Notater", "Notes", "Kommentar", "Kommentarer", "Comment", "Comments",
							"Merknad", "Notering", "Beskrivning", "Beskrivelse", "Description"),
				field("CompanySupplier", BOOLEAN).labels("Är leverantör", "Er leverandør", "Is supplier")
					.synonyms("Supplier", "Leverantör", "Leverandør", "Also supplier"),
				field("CompanyCategory", TEXT_LIST).max(1000)
					.references("company-categories")
					.labels("Kategori", "Kategori", "Category")
					.synonyms("Kategorier", "Categories", "Kundkategori", "Kundekategori", "Customer category",
							"Taggar", "Tags", "Tagger", "Kundgrupp", "Kundegruppe", "Customer group", "Segment"),
				field("CompanyDateRegistrered", DATE).labels("Registreringsdatum", "Registreringsdato", "Registered")
					.synonyms("CompanyDateRegistered", "Date registered", "Registered date", "Registrerad", "Skapad",
							"Opprettet", "Created", "Created date", "Date created", "Kund sedan", "Customer since"),
				field("CompanyDateChanged", DATE).labels("Ändringsdatum", "Endringsdato", "Date changed")
					.synonyms("Ändrad", "Endret", "Senast ändrad", "Sist endret", "Last modified", "Modified",
							"Changed", "Updated"));
	}

}
