package intake.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service in a process of its own, started from the test class path, for tests that
 * kill it or run several instances on one database.
 */
public final class ChildService implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private ChildService(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the service and waits until it answers its health check.
	 * @param env environment variables, e.g. {@code SPRING_DATASOURCE_URL},
	 * {@code INTAKE_DATA_DIR}
	 * @param log where its output goes
	 */
	public static ChildService start(Map<String, String> env, Path log, String... jvmArgs) {
		int port = freePort();
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
		command.addAll(List.of(jvmArgs));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "intake.IntakeApplication"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("INTAKE_ADMIN_PASSWORD", Http.ADMIN_PASSWORD);
		builder.environment().putAll(env);
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		try {
			ChildService child = new ChildService(builder.start(), port, log);
			child.awaitHealthy(Duration.ofSeconds(90));
			return child;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Http http() {
		return new Http(this.port);
	}

	/** Kills the process at once (SIGKILL), as a crash would. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Asks the service to stop (SIGTERM, as a deployment's rolling restart does) and
	 * waits up to a minute for it to exit; kills it after that.
	 * @return how long it took to exit, or null when it had to be killed
	 */
	public Duration terminate() throws InterruptedException {
		long t0 = System.nanoTime();
		this.process.destroy();
		if (this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			return Duration.ofNanos(System.nanoTime() - t0);
		}
		kill();
		return null;
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
					kill();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void awaitHealthy(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		Http http = http();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service exited; see " + this.log);
			}
			try {
				if (http.get("/actuator/health").status() == 200) {
					return;
				}
			}
			catch (UncheckedIOException ex) {
				// not listening yet
			}
			sleep(200);
		}
		kill();
		throw new IllegalStateException("The service did not become healthy; see " + this.log);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A log file under target/child-logs. */
	public static Path logFile(String name) {
		File dir = new File("target/child-logs");
		dir.mkdirs();
		return new File(dir, name + ".log").toPath();
	}

}
