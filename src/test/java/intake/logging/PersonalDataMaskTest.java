package intake.logging;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskTest {

	static Stream<Arguments> masked() {
		return Stream.of(Arguments.of("Kund 800101-1234 saknas", "Kund [personal number] saknas"),
				Arguments.of("Kund 800101+1234 saknas", "Kund [personal number] saknas"),
				Arguments.of("Kund 8001011234 saknas", "Kund [personal number] saknas"),
				Arguments.of("Kund 198001011234 saknas", "Kund [personal number] saknas"),
				Arguments.of("Kund 19800101-1234 saknas", "Kund [personal number] saknas"),
				Arguments.of("fødselsnummer 01017012345.", "fødselsnummer [personal number]."),
				Arguments.of("fødselsnummer 010170 12345.", "fødselsnummer [personal number]."),
				Arguments.of("org.nr 556016-0680", "org.nr [personal number]"),
				Arguments.of("(8001011234,1)", "([personal number],1)"),
				Arguments.of("'8001011234'", "'[personal number]'"),
				Arguments.of("tel +46701234567", "tel +[personal number]"),
				Arguments.of("mail anna.svensson@example.se.", "mail a***@example.se."),
				Arguments.of("<örjan@exempel.nu>", "<ö***@exempel.nu>"),
				Arguments.of(
						"ERROR: duplicate key value violates unique constraint \"company_gov_no_uq\"\n"
								+ "  Detail: Key (company_gov_no_key, tenant_id)=(8001011234, 1) already exists.",
						"ERROR: duplicate key value violates unique constraint \"company_gov_no_uq\"\n"
								+ "  [details removed]"),
				Arguments.of("DETAIL:  Key (contact_email)=(Anna Svensson) already exists.", "[details removed]"),
				Arguments.of("violation Key (company_name)=(Anna Svensson) already exists; more",
						"violation [details removed]; more"),
				Arguments.of(
						"new row for relation \"company\" violates check constraint. Failing row contains"
								+ " (1, Anna Svensson).",
						"new row for relation \"company\" violates check constraint. " + "[details removed]."),
				Arguments.of("Batch entry 0 INSERT INTO company (company_name) VALUES (('Anna Svensson')) was aborted:"
						+ " ERROR: x", "Batch entry 0 [statement removed] was aborted: ERROR: x"),
				Arguments.of("Unique index or primary key violation: \"PUBLIC.COMPANY_GOV_NO_UQ ON PUBLIC.COMPANY("
						+ "COMPANY_GOV_NO_KEY NULLS FIRST, TENANT_ID NULLS FIRST) VALUES ( /* 1 */ 'Svensson', 1 )\";",
						"Unique index or primary key violation: \"PUBLIC.COMPANY_GOV_NO_UQ ON PUBLIC.COMPANY("
								+ "COMPANY_GOV_NO_KEY NULLS FIRST, TENANT_ID NULLS FIRST) VALUES ([details removed])\";"),
				Arguments.of(
						"Value too long for column \"COMPANY_NAME CHARACTER VARYING(200)\": \"'Anna Svensson' (250)\"",
						"Value too long for column \"COMPANY_NAME CHARACTER VARYING(200)\": \"[details removed]\""),
				Arguments.of("Data conversion error converting \"Anna\"",
						"Data conversion error converting \"[details removed]\""));
	}

	@ParameterizedTest
	@MethodSource
	void masked(String text, String expected) {
		assertThat(PersonalDataMask.apply(text)).isEqualTo(expected);
	}

	static Stream<String> kept() {
		return Stream.of("Import 3f2a9c1e-0b7d-4e21-9a55-123456789012 failed",
				"Import 12345678-1234-4234-8234-123456789012 failed", "2024-05-31", "2024-05-31T12:00:00Z",
				"Amount 1234567.50 SEK", "12 345 678,90 kr", "Import x: 50000 rows in 12.3 s",
				"customer number 123456789", "EAN 7310865004703", "postcode 114 55", "phone 08-123 45 67",
				"Key columns: company_gov_no_key", "a@b", "Could not update 3 companies");
	}

	@ParameterizedTest
	@MethodSource
	void kept(String text) {
		assertThat(PersonalDataMask.apply(text)).isEqualTo(text);
	}

	@Test
	void nullStaysNull() {
		assertThat(PersonalDataMask.apply(null)).isNull();
	}

}
