package intake.schema;

import java.util.Map;

/**
 * The {@code companies} import type: business customers, optionally with one contact
 * person per row. Shares the company fields ({@link CompanyFields}).
 */
final class CompaniesType {

	static final String KEY = "companies";

	/** The kind (CompanyKind value) this type gives the companies it creates. */
	static final String KIND = "customer";

	private CompaniesType() {
	}

	static ImportType create() {
		return new ImportType(KEY, Map.of("sv", "Företagskunder", "no", "Bedriftskunder", "en", "Companies"),
				"Business customers (kind customer), optionally with one contact person per row.", ImportMode.CREATE,
				CompanyFields.ENTITY, CompanyFields.all());
	}

}
