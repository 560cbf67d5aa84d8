package intake.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tenant isolation and roles on the embedded database.
 */
class H2IsolationTest extends IsolationContract {

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("intake-h2-");
		dir.toFile().deleteOnExit();
		registry.add("intake.data-dir", dir::toString);
	}

}
