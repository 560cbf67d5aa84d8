package intake.schema;

import java.util.Map;

/**
 * The {@code suppliers} import type: suppliers, stored as companies of kind supplier.
 * Shares the company fields ({@link CompanyFields}).
 */
final class SuppliersType {

	static final String KEY = "suppliers";

	/** The kind (CompanyKind value) this type gives the companies it creates. */
	static final String KIND = "supplier";

	private SuppliersType() {
	}

	static ImportType create() {
		return new ImportType(KEY, Map.of("sv", "Leverantörer", "no", "Leverandører", "en", "Suppliers"),
				"Suppliers (kind supplier), optionally with one contact person per row.", ImportMode.CREATE,
				CompanyFields.ENTITY, CompanyFields.all());
	}

}
