package intake.api;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Following and controlling imports on the embedded database.
 */
class H2ImportControlTest extends ImportControlContract {

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		String dir = Files.createTempDirectory("intake-h2-control-").toString();
		registry.add("intake.data-dir", () -> dir);
	}

}
