package intake.api;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import intake.support.PostgresTestDatabase;

/**
 * Following and controlling imports on PostgreSQL.
 */
class PostgresImportControlTest extends ImportControlContract {

	@BeforeAll
	static void postgres() {
		PostgresTestDatabase.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) throws IOException {
		registry.add("intake.data-dir", PostgresTestDatabase::dataDir);
		registry.add("spring.datasource.url", PostgresTestDatabase::url);
		registry.add("spring.datasource.username", PostgresTestDatabase::user);
		registry.add("spring.datasource.password", PostgresTestDatabase::password);
	}

}
