package intake.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import intake.schema.FieldDef;
import intake.schema.FieldType;
import intake.schema.ImportMode;
import intake.schema.ImportType;

/** Test factory for field definitions and a small companies-like import type. */
final class Fields {

	private Fields() {
	}

	static FieldDef field(String key, String entity, FieldType type) {
		return new FieldDef(key, entity, type, false, false, Optional.empty(), OptionalInt.empty(), Map.of("en", key),
				List.of(), Map.of());
	}

	static FieldDef required(String key, FieldType type, int maxLength) {
		return new FieldDef(key, "companies", type, true, false, Optional.empty(), OptionalInt.of(maxLength),
				Map.of("en", key), List.of(), Map.of());
	}

	static FieldDef choice(String key, Map<String, List<String>> choices) {
		return new FieldDef(key, "companies", FieldType.ENUM, false, false, Optional.empty(), OptionalInt.empty(),
				Map.of("en", key), List.of(), choices);
	}

	static ImportType type(FieldDef... fields) {
		return new ImportType("test", Map.of("en", "Test"), "A test type", ImportMode.CREATE, "companies",
				List.of(fields));
	}

	/** A companies-like type: company fields plus one contact person. */
	static ImportType companies() {
		return type(required("CompanyName", FieldType.TEXT, 200), field("CompanyId", "companies", FieldType.TEXT),
				field("CompanyGovNo", "companies", FieldType.GOV_NO),
				field("CompanyIsCorporate", "companies", FieldType.BOOLEAN),
				choice("CompanyKind",
						Map.of("customer", List.of("Kund", "Kunde"), "lead", List.of("Prospekt", "Emne"), "supplier",
								List.of("Leverantör", "Leverandør"))),
				field("CompanyPhone", "companies", FieldType.PHONE),
				field("CompanyEmail", "companies", FieldType.EMAIL),
				field("CompanyWebsite", "companies", FieldType.URL),
				field("CompanyCountry", "companies", FieldType.COUNTRY),
				field("CompanyPostPostcode", "companies", FieldType.POSTCODE),
				field("CompanyInvoicePostCode", "companies", FieldType.POSTCODE),
				field("CompanyInvoiceCountry", "companies", FieldType.COUNTRY),
				field("CompanyTurnover", "companies", FieldType.DECIMAL),
				field("CompanyNrOfEmp", "companies", FieldType.INTEGER),
				field("CompanyCategory", "companies", FieldType.TEXT_LIST),
				field("CompanyDateRegistrered", "companies", FieldType.DATE),
				field("ContactRoleMobile", "contacts", FieldType.PHONE));
	}

}
