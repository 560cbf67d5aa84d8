package intake.api;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import intake.support.PostgresTestDatabase;

/**
 * The XLSX import flow on PostgreSQL (bulk writes with COPY).
 */
class PostgresXlsxImportTest extends XlsxImportContract {

	@BeforeAll
	static void postgres() {
		PostgresTestDatabase.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry);
	}

}
