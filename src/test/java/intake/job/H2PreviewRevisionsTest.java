package intake.job;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Preview revisions on the embedded database.
 */
class H2PreviewRevisionsTest extends PreviewRevisionsContract {

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		String dir = Files.createTempDirectory("intake-h2-preview-revisions-").toString();
		registry.add("intake.data-dir", () -> dir);
	}

}
