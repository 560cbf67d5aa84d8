package intake.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import intake.support.PostgresTestDatabase;

/**
 * Modes UPDATE and UPSERT on PostgreSQL (journal rows with COPY).
 */
class PostgresImportModesTest extends ImportModesContract {

	@BeforeAll
	static void postgres() {
		PostgresTestDatabase.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("intake-pg-");
		registry.add("intake.data-dir", dir::toString);
		registry.add("spring.datasource.url", PostgresTestDatabase::url);
		registry.add("spring.datasource.username", PostgresTestDatabase::user);
		registry.add("spring.datasource.password", PostgresTestDatabase::password);
	}

}
