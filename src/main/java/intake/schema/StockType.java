package intake.schema;

import java.util.List;
import java.util.Map;

/**
 * The {@code stock} import type: update-only stock levels of existing products. A row
 * identifies its product by ProductNo, ProductCode or ProductEAN (one of them is needed,
 * {@link RequiredRule}); an unknown product is a row error.
 */
final class StockType {

	static final String KEY = "stock";

	static final String ENTITY = "products";

	private StockType() {
	}

	static ImportType create() {
		List<FieldBuilder> fields = List.of(
				ProductFields.productNo().type(FieldType.REF).references("products").naturalKey(),
				ProductFields.productCode().naturalKey(), ProductFields.ean().naturalKey(),
				ProductFields.stockQty().synonyms("Nytt saldo", "Nytt lagersaldo", "New stock").required(),
				ProductFields.stockLocation());
		return new ImportType(KEY,
				Map.of("sv", "Uppdatering av varulager", "no", "Oppdatering av varelager", "en", "Stock level update"),
				"Sets or adjusts the stock level of existing products.", ImportMode.UPDATE, ENTITY,
				fields.stream().map((f) -> f.in(ENTITY).build()).toList());
	}

}
