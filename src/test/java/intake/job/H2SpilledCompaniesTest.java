package intake.job;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Spilled companies on the embedded database.
 */
class H2SpilledCompaniesTest extends SpilledCompaniesContract {

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		String dir = Files.createTempDirectory("intake-h2-spill-").toString();
		registry.add("intake.data-dir", () -> dir);
	}

}
