package intake.api;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import intake.support.PostgresTestDatabase;

/**
 * Personal data on PostgreSQL.
 */
class PostgresPersonalDataTest extends PersonalDataContract {

	@BeforeAll
	static void postgres() {
		PostgresTestDatabase.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry);
	}

}
