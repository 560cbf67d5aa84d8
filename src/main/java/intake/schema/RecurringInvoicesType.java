package intake.schema;

import static intake.schema.FieldBuilder.field;
import static intake.schema.FieldBuilder.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code recurring-invoices} import type: one row per invoice line, grouped into
 * invoices by RepeatingOrderId. Header fields are stored in {@code recurring-invoices},
 * line fields in {@code recurring-invoice-lines}. Limits: order id 50, titles and names
 * 200, texts 4000, currency 3 (ISO 4217), reference 100.
 */
final class RecurringInvoicesType {

	static final String KEY = "recurring-invoices";

	static final String HEADER = "recurring-invoices";

	static final String LINES = "recurring-invoice-lines";

	private RecurringInvoicesType() {
	}

	static ImportType create() {
		List<FieldDef> fields = new ArrayList<>();
		header().forEach((f) -> fields.add(f.in(HEADER).build()));
		lines().forEach((f) -> fields.add(f.in(LINES).build()));
		return new ImportType(KEY,
				Map.of("sv", "Repeterande faktura", "no", "Repeterende faktura", "en", "Recurring invoices"),
				"Recurring invoices and their lines, one row per line, grouped by RepeatingOrderId.", ImportMode.CREATE,
				HEADER, fields);
	}

	private static List<FieldBuilder> header() {
		return List.of(
				text("RepeatingOrderId", 50).naturalKey()
					.required()
					.labels("Avtalsnummer", "Avtalenummer", "Agreement number")
					.synonyms("Ordernummer", "Ordrenummer", "Order number", "Order ID", "Avtal", "Avtale", "Agreement",
							"Abonnemang", "Abonnement", "Subscription ID"),
				FieldBuilder.ref("RepeatingCustomerId", "companies")
					.required()
					.labels("Kund", "Kunde", "Customer")
					.synonyms(Synonyms.COMPANY_REF),
				field("RepeatingInterval", FieldType.ENUM).labels("Intervall", "Intervall", "Interval")
					.synonyms("Frekvens", "Frequency", "Faktureringsintervall", "Billing interval", "Periodicitet")
					.choice("monthly", "1", "monthly", "Månadsvis", "Månatlig", "Månedlig", "Monthly")
					.choice("quarterly", "3", "quarterly", "Kvartalsvis", "Quarterly")
					.choice("half-yearly", "6", "half-yearly", "Halvårsvis", "Halvårlig", "Half-yearly")
					.choice("yearly", "12", "yearly", "Årsvis", "Årlig", "Yearly", "Annually"),
				field("RepeatingStartDate", FieldType.DATE).labels("Startdatum", "Startdato", "Start date")
					.synonyms("Start", "Första faktura", "Første faktura", "First invoice"),
				field("RepeatingDate", FieldType.DATE)
					.labels("Nästa fakturadatum", "Neste fakturadato", "Next invoice date")
					.synonyms("Nästa faktura", "Neste faktura", "Next invoice", "Next run", "Next date"),
				field("RepeatingPaymentTime", FieldType.INTEGER)
					.labels("Betalningsvillkor (dagar)", "Betalingsfrist (dager)", "Payment terms (days)")
					.synonyms("Betalningsvillkor", "Betalingsfrist", "Betalingsbetingelser", "Payment terms",
							"Kredittid", "Kredittid dager", "Betalningstid", "Due days", "Days to pay"),
				text("RepeatingCurrency", 3).labels("Valuta", "Valuta", "Currency")
					.synonyms("Valutakod", "Valutakode", "Currency code"),
				text("RepeatingInvoiceTitle", 200).labels("Fakturarubrik", "Fakturaoverskrift", "Invoice title")
					.synonyms("Rubrik", "Tittel", "Titel", "Title", "Fakturatitel"),
				text("RepeatingInvoiceText", 4000).labels("Fakturatext", "Fakturatekst", "Invoice text")
					.synonyms("Text", "Tekst", "Meddelande", "Melding", "Message"),
				text("RepeatingCustomerRef", 100).labels("Er referens", "Deres referanse", "Customer reference")
					.synonyms("Kundreferens", "Kundereferanse", "Your reference", "Referens", "Referanse",
							"Reference"));
	}

	private static List<FieldBuilder> lines() {
		return List.of(
				FieldBuilder.ref("RepeatingProductNo", "products")
					.max(50)
					.labels("Artikelnummer", "Varenummer", "Product number")
					.synonyms(ProductFields.PRODUCT_NO),
				text("RepeatingName", 200).required()
					.labels("Benämning", "Betegnelse", "Item name")
					.synonyms("Artikelnamn", "Produktnamn", "Varenavn", "Product name", "Produkt", "Product", "Radtext",
							"Linjetekst", "Line text", "Beskrivning", "Beskrivelse", "Description", "Namn", "Navn",
							"Name"),
				field("RepeatingQuantity", FieldType.DECIMAL).required()
					.labels("Antal", "Antall", "Quantity")
					.synonyms("Qty", "Kvantitet", "Mängd", "Mengde", "Ant"),
				field("RepeatingPrice", FieldType.DECIMAL).labels("Pris", "Pris", "Price")
					.synonyms("A-pris", "Á-pris", "Styckpris", "Stykkpris", "Enhetspris", "Unit price", "Utpris"),
				field("RepeatingDiscount", FieldType.PERCENT).labels("Rabatt", "Rabatt", "Discount")
					.synonyms("Rabatt %", "Discount %", "Rabattsats"));
	}

}
