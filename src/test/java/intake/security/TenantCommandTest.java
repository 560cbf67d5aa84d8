package intake.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import intake.support.ChildService;
import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --intake.create-tenant=<name>} in a process of its own, as an operator runs it,
 * on the embedded database; then the service started on the same data signs the new
 * administrator in, inside the new tenant.
 */
class TenantCommandTest {

	@Test
	void createsTheTenantAndItsAdministratorPrintsThePasswordOnceAndExits() throws Exception {
		Path dataDir = Files.createTempDirectory("intake-tenant-");
		Command created = run(dataDir, "acme");
		assertThat(created.exit()).as(created.output()).isZero();
		Matcher line = Pattern.compile("Created tenant acme \\(id (\\d+)\\) and user admin@acme with password (\\S+) ")
			.matcher(created.output());
		assertThat(line.find()).as(created.output()).isTrue();
		String password = line.group(2);

		Command again = run(dataDir, "acme");
		assertThat(again.exit()).as(again.output()).isEqualTo(1);
		assertThat(again.output()).contains("There is a tenant named acme already");

		try (ChildService service = ChildService.start(Map.of("INTAKE_DATA_DIR", dataDir.toString()),
				ChildService.logFile("tenant-command"))) {
			Http acme = service.http().as("admin@acme", password);
			Http.Response settings = acme.get("/api/v1/settings");
			assertThat(settings.status()).as(settings.body()).isEqualTo(200);
			assertThat(acme.get("/api/v1/imports").json().get("total").asLong()).isZero();
			assertThat(service.http().get("/api/v1/imports").status()).as("the demo admin still signs in")
				.isEqualTo(200);
		}
	}

	private static Command run(Path dataDir, String tenant) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				"intake.IntakeApplication", "--intake.create-tenant=" + tenant));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("INTAKE_DATA_DIR", dataDir.toString());
		builder.environment().put("INTAKE_ADMIN_PASSWORD", Http.ADMIN_PASSWORD);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Command(process.exitValue(), output);
	}

	record Command(int exit, String output) {
	}

}
