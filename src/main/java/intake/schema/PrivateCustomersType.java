package intake.schema;

import java.util.Map;

/**
 * The {@code private-customers} import type: consumers, stored as companies of kind
 * private. Shares the company fields ({@link CompanyFields}).
 */
final class PrivateCustomersType {

	static final String KEY = "private-customers";

	/** The kind (CompanyKind value) this type gives the companies it creates. */
	static final String KIND = "private";

	private PrivateCustomersType() {
	}

	static ImportType create() {
		return new ImportType(KEY, Map.of("sv", "Privatkunder", "no", "Privatkunder", "en", "Private customers"),
				"Private customers (kind private); CompanyName holds the surname, CompanyConsumername the first name.",
				ImportMode.CREATE, CompanyFields.ENTITY, CompanyFields.all());
	}

}
