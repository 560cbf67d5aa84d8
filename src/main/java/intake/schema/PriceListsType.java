package intake.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code price-lists} import type: one row per list and product. PriceListId is
 * stored in {@code price-lists} (a new list is created), the rest in
 * {@code price-list-prices}. Limits: list id 50, product name 150, short description 500,
 * long description 4000.
 */
final class PriceListsType {

	static final String KEY = "price-lists";

	static final String LISTS = "price-lists";

	static final String PRICES = "price-list-prices";

	private PriceListsType() {
	}

	static ImportType create() {
		FieldDef listId = FieldBuilder.text("PriceListId", 50)
			.naturalKey()
			.required()
			.labels("Prislista", "Prisliste", "Price list")
			.synonyms("Prislista-ID", "Prislistenummer", "Prislistenr", "Price list ID", "Prislistans namn",
					"Prislistenavn", "Price list name", "Prislistkod", "Prislistekode")
			.in(LISTS)
			.build();
		List<FieldBuilder> prices = List.of(
				ProductFields.productNo().type(FieldType.REF).references("products").required(),
				FieldBuilder.field("PriceOut", FieldType.DECIMAL)
					.required()
					.labels("Pris", "Pris", "Price")
					.synonyms("Utpris", "Pris ut", "Price out", "Försäljningspris", "Salgspris", "Sales price",
							"Listpris", "List price", "Prislistepris"),
				ProductFields.productName(), ProductFields.descShort(), ProductFields.descLong());
		List<FieldDef> fields = new ArrayList<>();
		fields.add(listId);
		prices.forEach((f) -> fields.add(f.in(PRICES).build()));
		return new ImportType(KEY, Map.of("sv", "Prislista", "no", "Prisliste", "en", "Price lists"),
				"Prices per price list and product; new price lists are created.", ImportMode.CREATE, LISTS, fields);
	}

}
