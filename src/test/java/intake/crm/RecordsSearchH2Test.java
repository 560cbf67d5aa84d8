package intake.crm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The records search on the embedded database: H2 in PostgreSQL mode.
 */
class RecordsSearchH2Test extends RecordsSearchContract {

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("intake-h2-");
		dir.toFile().deleteOnExit();
		registry.add("intake.data-dir", dir::toString);
	}

}
