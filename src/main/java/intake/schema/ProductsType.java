package intake.schema;

import java.util.List;
import java.util.Map;

/**
 * The {@code products} import type: products, with their categories created on the fly
 * when missing (reported in the summary). ProductNo is the natural key, ProductCode the
 * alternative one.
 */
final class ProductsType {

	static final String KEY = "products";

	static final String ENTITY = "products";

	private ProductsType() {
	}

	static ImportType create() {
		List<FieldBuilder> fields = List.of(ProductFields.productNo().naturalKey().required(),
				ProductFields.productName().required(),
				FieldBuilder.ref("ProductCategory", "product-categories")
					.labels("Produktkategori", "Produktkategori", "Product category")
					.synonyms("Kategori", "Category", "Varugrupp", "Varegruppe", "Artikelgrupp", "Produktgrupp",
							"Produktgruppe", "Product group", "Artikelkategori"),
				ProductFields.productCode().naturalKey(), ProductFields.descShort(), ProductFields.descLong(),
				ProductFields.ean(), ProductFields.ean2(), ProductFields.status(), ProductFields.unit(),
				ProductFields.cost(), ProductFields.price(), ProductFields.priceIncTax(), ProductFields.priceWeb(),
				ProductFields.supplierPrice(), ProductFields.vatRate(), ProductFields.stockInfluence(),
				ProductFields.stockQty(), ProductFields.stockMin(), ProductFields.stockReorderQty(),
				ProductFields.stockLocation());
		return new ImportType(KEY,
				Map.of("sv", "Produkter och produktkategorier", "no", "Produkter og produktkategorier", "en",
						"Products and product categories"),
				"Products with prices, stock settings and categories (missing categories are created).",
				ImportMode.CREATE, ENTITY, fields.stream().map((f) -> f.in(ENTITY).build()).toList());
	}

}
