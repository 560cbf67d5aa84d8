package intake.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Links kept intact without foreign keys on the embedded database: H2 in PostgreSQL mode,
 * file-based.
 */
class LinkIntegrityH2Test extends LinkIntegrityContract {

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("intake-h2-");
		dir.toFile().deleteOnExit();
		registry.add("intake.data-dir", dir::toString);
	}

}
