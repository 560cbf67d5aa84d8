package intake.crm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undo's batches on the embedded database: with the tenant and the job as plain
 * equalities H2 read the job's index (or the tenant's, then sorted) for every batch.
 */
class ImportedRecordsH2Test extends ImportedRecordsContract {

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("intake-h2-");
		dir.toFile().deleteOnExit();
		registry.add("intake.data-dir", dir::toString);
	}

	@Override
	void assertPrimaryKey(String plan) {
		assertThat(plan).contains("PRIMARY_KEY_");
	}

}
