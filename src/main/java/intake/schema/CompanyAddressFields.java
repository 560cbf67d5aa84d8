package intake.schema;

import static intake.schema.FieldBuilder.field;
import static intake.schema.FieldBuilder.text;
import static intake.schema.Synonyms.CITY;
import static intake.schema.Synonyms.COUNTRY;
import static intake.schema.Synonyms.DELIVERY;
import static intake.schema.Synonyms.INVOICE;
import static intake.schema.Synonyms.POSTAREA;
import static intake.schema.Synonyms.POSTCODE;
import static intake.schema.Synonyms.STATE;
import static intake.schema.Synonyms.STREET;
import static intake.schema.Synonyms.VISIT;
import static intake.schema.Synonyms.prefixed;

import java.util.List;

/**
 * The four addresses of a company. Plain address words ({@code Adress},
 * {@code Postnummer}, {@code Ort}) mean the postal address; prefixed ones
 * ({@code Besöksadress}, {@code Fakturaort}, {@code Leveransadress}) the visiting,
 * invoice or delivery address. Limits: street 200, postcode 20, area, city and state 100.
 */
final class CompanyAddressFields {

	private CompanyAddressFields() {
	}

	static List<FieldBuilder> all() {
		return List.of(
				// postal address: the plain words
				text("CompanyPostStreet", 200).labels("Postadress", "Postadresse", "Postal address")
					.synonyms("Adress", "Adresse", "Gatuadress", "Gateadresse", "Address", "Street", "Street address",
							"Gata", "Gate", "Utdelningsadress", "Adressrad 1", "Address line 1", "Adress 1",
							"Address 1", "Post address", "Mailing address"),
				field("CompanyPostPostcode", FieldType.POSTCODE).max(20)
					.labels("Postnummer", "Postnummer", "Postcode")
					.synonyms("Postnr", "Post nr", "Postkod", "Zip", "Zip code", "Zipcode", "Postal code", "Post code"),
				text("CompanyPostPostarea", 100).labels("Postområde", "Postområde", "Postal area")
					.synonyms("Postal district"),
				text("CompanyPostCity", 100).labels("Ort", "Poststed", "City")
					.synonyms("Postort", "Stad", "Sted", "Town", "Post town", "Postal town", "Ort/Stad"),
				text("CompanyPostState", 100).labels("Län", "Fylke", "State")
					.synonyms("Region", "Delstat", "Province", "County", "Landskap"),
				// visiting address
				text("CompanyVisitStreet", 200).labels("Besöksadress", "Besøksadresse", "Visiting address")
					.synonyms(prefixed(VISIT, STREET)),
				field("CompanyVisitPostcode", FieldType.POSTCODE).max(20)
					.labels("Besökspostnummer", "Besøkspostnummer", "Visiting postcode")
					.synonyms(prefixed(VISIT, POSTCODE)),
				text("CompanyVisitPostArea", 100).labels("Besökspostområde", "Besøkspostområde", "Visiting postal area")
					.synonyms(prefixed(VISIT, POSTAREA)),
				text("CompanyVisitCity", 100).labels("Besöksort", "Besøkssted", "Visiting city")
					.synonyms(prefixed(VISIT, CITY)),
				text("CompanyVisitState", 100).labels("Besökslän", "Besøksfylke", "Visiting state")
					.synonyms(prefixed(VISIT, STATE)),
				// invoice address
				text("CompanyInvoiceName", 200).labels("Fakturanamn", "Fakturanavn", "Invoice name")
					.synonyms("Fakturamottagare", "Fakturamottaker", "Invoice recipient", "Billing name"),
				text("CompanyInvoiceStreet", 200).labels("Fakturaadress", "Fakturaadresse", "Invoice address")
					.synonyms(prefixed(INVOICE, STREET)),
				field("CompanyInvoicePostCode", FieldType.POSTCODE).max(20)
					.labels("Fakturapostnummer", "Fakturapostnr", "Invoice postcode")
					.synonyms(prefixed(INVOICE, POSTCODE)),
				text("CompanyInvoicePostArea", 100)
					.labels("Fakturapostområde", "Fakturapostområde", "Invoice postal area")
					.synonyms(prefixed(INVOICE, POSTAREA)),
				text("CompanyInvoiceCity", 100).labels("Fakturaort", "Fakturapoststed", "Invoice city")
					.synonyms(prefixed(INVOICE, CITY)),
				field("CompanyInvoiceCountry", FieldType.COUNTRY)
					.labels("Fakturaland", "Fakturaland", "Invoice country")
					.synonyms(prefixed(INVOICE, COUNTRY)),
				// delivery address
				text("CompanyDeliveryStreet", 200).labels("Leveransadress", "Leveringsadresse", "Delivery address")
					.synonyms(prefixed(DELIVERY, STREET)),
				field("CompanyDeliveryPostCode", FieldType.POSTCODE).max(20)
					.labels("Leveranspostnummer", "Leveringspostnummer", "Delivery postcode")
					.synonyms(prefixed(DELIVERY, POSTCODE)),
				text("CompanyDeliveryPostArea", 100)
					.labels("Leveranspostområde", "Leveringspostområde", "Delivery postal area")
					.synonyms(prefixed(DELIVERY, POSTAREA)),
				text("CompanyDeliveryCity", 100).labels("Leveransort", "Leveringssted", "Delivery city")
					.synonyms(prefixed(DELIVERY, CITY)),
				field("CompanyDeliveryCountry", FieldType.COUNTRY)
					.labels("Leveransland", "Leveringsland", "Delivery country")
					.synonyms(prefixed(DELIVERY, COUNTRY)));
	}

}
