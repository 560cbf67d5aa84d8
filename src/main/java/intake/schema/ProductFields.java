package intake.schema;

import static intake.schema.FieldBuilder.field;
import static intake.schema.FieldBuilder.text;

import static intake.schema.FieldType.BOOLEAN;
import static intake.schema.FieldType.DECIMAL;
import static intake.schema.FieldType.EAN;
import static intake.schema.FieldType.PERCENT;

import java.util.List;

/**
 * Product field definitions shared by {@code products}, {@code stock} and
 * {@code price-lists}; each method returns a fresh builder the type completes. Limits:
 * product number and code 50, name 150, short description 500, long description 4000, EAN
 * 20, unit 20, location 100.
 */
final class ProductFields {

	/** Header words for a product number, besides its labels. */
	static final List<String> PRODUCT_NO = List.of("Artikelnr", "Art.nr", "Art nr", "Varenr", "Vare nr", "SKU",
			"Item number", "Item no", "Product no", "Produktnummer", "Produktnr", "Article number", "Part number");

	private ProductFields() {
	}

	static FieldBuilder productNo() {
		return text("ProductNo", 50).labels("Artikelnummer", "Varenummer", "Product number").synonyms(PRODUCT_NO);
	}

	static FieldBuilder productName() {
		return text("ProductName", 150).labels("Produktnamn", "Varenavn", "Product name")
			.synonyms("Benämning", "Betegnelse", "Artikelnamn", "Artikel", "Produkt", "Produktnavn", "Product", "Vare",
					"Item name", "Name", "Namn", "Navn");
	}

	static FieldBuilder productCode() {
		return text("ProductCode", 50)
			.labels("Leverantörens artikelnummer", "Leverandørens varenummer", "Supplier product number")
			.synonyms("Lev. art.nr", "Lev.artnr", "Lev artnr", "Leverantörsartikelnummer", "Lev varenr",
					"Supplier item number", "Supplier SKU", "Vendor part number", "Produktkod", "Product code");
	}

	static FieldBuilder descShort() {
		return text("ProductDescShort", 500).labels("Kort beskrivning", "Kort beskrivelse", "Short description")
			.synonyms("Beskrivning", "Beskrivelse", "Description");
	}

	static FieldBuilder descLong() {
		return text("ProductDescLong", 4000).labels("Lång beskrivning", "Lang beskrivelse", "Long description")
			.synonyms("Utförlig beskrivning", "Detaljerad beskrivning", "Full description", "Produktbeskrivning",
					"Produktbeskrivelse", "Product description");
	}

	static FieldBuilder ean() {
		return field("ProductEAN", EAN).max(20)
			.labels("Streckkod", "Strekkode", "Barcode")
			.synonyms("EAN", "EAN-kod", "EAN-kode", "EAN code", "EAN-13", "GTIN");
	}

	static FieldBuilder ean2() {
		return field("ProductEAN2", EAN).max(20)
			.labels("Streckkod 2", "Strekkode 2", "Barcode 2")
			.synonyms("EAN 2", "EAN-kod 2", "Alternativ EAN", "Alternative EAN");
	}

	static FieldBuilder status() {
		return field("ProductStatus", BOOLEAN).labels("Aktiv", "Aktiv", "Active")
			.synonyms("Status", "Produktstatus", "Is active");
	}

	static FieldBuilder unit() {
		return text("ProductUnit", 20).labels("Enhet", "Enhet", "Unit")
			.synonyms("Måttenhet", "Unit of measure", "UOM", "Enhetstyp");
	}

	static FieldBuilder cost() {
		return field("ProductCost", DECIMAL).labels("Inpris", "Innpris", "Cost price")
			.synonyms("Inköpspris", "Innkjøpspris", "Kostpris", "Cost", "Purchase price", "Självkostnad");
	}

	static FieldBuilder price() {
		return field("ProductPrice", DECIMAL).labels("Pris", "Pris", "Price")
			.synonyms("Utpris", "Försäljningspris", "Salgspris", "Utsalgspris", "Sales price", "Selling price",
					"Listpris", "List price", "Pris exkl. moms", "Pris eks. mva", "Price excl. VAT", "A-pris");
	}

	static FieldBuilder priceIncTax() {
		return field("ProductPriceIncTax", DECIMAL).labels("Pris inkl. moms", "Pris inkl. mva", "Price incl. VAT")
			.synonyms("Utpris inkl. moms", "Pris inklusive moms", "Price incl. tax", "Price including VAT",
					"Bruttopris");
	}

	static FieldBuilder priceWeb() {
		return field("ProductPriceWeb", DECIMAL).labels("Webbpris", "Nettbutikkpris", "Web price")
			.synonyms("Pris webb", "Webbutikspris", "Online price", "Webshop price");
	}

	static FieldBuilder supplierPrice() {
		return field("ProductSupplierPrice", DECIMAL).labels("Leverantörspris", "Leverandørpris", "Supplier price")
			.synonyms("Pris leverantör", "Vendor price");
	}

	static FieldBuilder vatRate() {
		return field("ProductVatRate", PERCENT).labels("Moms", "Mva", "VAT rate")
			.synonyms("Momssats", "Mva-sats", "Momsprocent", "Moms %", "VAT", "Tax rate", "Skattesats");
	}

	static FieldBuilder stockInfluence() {
		return field("ProductStockInfluence", BOOLEAN).labels("Lagerförd", "Lagerført", "Stock item")
			.synonyms("Lagervara", "Lagervare", "Påverkar lager", "Affects stock", "Stocked", "Track stock");
	}

	static FieldBuilder stockQty() {
		return field("ProductStockQty", DECIMAL).labels("Lagersaldo", "Lagerbeholdning", "Stock quantity")
			.synonyms("Saldo", "Lager", "I lager", "Antal i lager", "Lagerantal", "Beholdning", "Stock", "Stock qty",
					"On hand", "Quantity on hand", "Antal", "Antall", "Quantity", "Qty");
	}

	static FieldBuilder stockMin() {
		return field("ProductStockMin", DECIMAL).labels("Minsta lagersaldo", "Minimumsbeholdning", "Minimum stock")
			.synonyms("Min lager", "Min stock", "Beställningspunkt", "Bestillingspunkt", "Reorder point");
	}

	static FieldBuilder stockReorderQty() {
		return field("ProductStockReorderQty", DECIMAL)
			.labels("Beställningskvantitet", "Bestillingsantall", "Reorder quantity")
			.synonyms("Beställningsantal", "Bestillingsmengde", "Order quantity", "Reorder qty");
	}

	static FieldBuilder stockLocation() {
		return text("ProductStockLocation", 100).labels("Lagerplats", "Lagerplass", "Stock location")
			.synonyms("Hyllplats", "Hylleplass", "Lagerställe", "Warehouse location", "Location", "Bin");
	}

}
