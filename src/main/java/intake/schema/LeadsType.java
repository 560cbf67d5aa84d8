package intake.schema;

import java.util.Map;

/**
 * The {@code leads} import type: prospective customers, stored as companies of kind lead.
 * Shares the company fields ({@link CompanyFields}).
 */
final class LeadsType {

	static final String KEY = "leads";

	/** The kind (CompanyKind value) this type gives the companies it creates. */
	static final String KIND = "lead";

	private LeadsType() {
	}

	static ImportType create() {
		return new ImportType(KEY, Map.of("sv", "Leads", "no", "Emner", "en", "Leads"),
				"Prospective customers (kind lead), optionally with one contact person per row.", ImportMode.CREATE,
				CompanyFields.ENTITY, CompanyFields.all());
	}

}
