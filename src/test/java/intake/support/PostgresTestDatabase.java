package intake.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * One throw-away PostgreSQL database for the whole test run, on the server named by
 * {@code INTAKE_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code postgres}). Created on
 * first use and dropped when the JVM exits. Without a reachable server the tests that
 * need it are skipped, or fail under {@code CI=true}.
 */
public final class PostgresTestDatabase {

	private static final String SERVER = System.getenv()
		.getOrDefault("INTAKE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = System.getenv().getOrDefault("INTAKE_TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("INTAKE_TEST_POSTGRES_PASSWORD", "");

	private static String url;

	private static String unavailable;

	private static String dataDir;

	private PostgresTestDatabase() {
	}

	/**
	 * Skips the calling test (or fails it under CI=true) when PostgreSQL is not
	 * reachable.
	 */
	public static void require() {
		if (url() == null) {
			String message = "PostgreSQL is not reachable at " + SERVER + " (" + unavailable
					+ "); start it or set INTAKE_TEST_POSTGRES_URL.";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail("CI requires PostgreSQL: " + message);
			}
			Assumptions.abort("Skipping PostgreSQL test: " + message);
		}
	}

	/** The JDBC URL of the test database, or null when PostgreSQL is unreachable. */
	public static synchronized String url() {
		if (url != null || unavailable != null) {
			return url;
		}
		String name = "intake_test_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			unavailable = ex.getMessage();
			return null;
		}
		url = SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name;
		dropAtExit(name);
		return url;
	}

	/**
	 * The data directory every test context on the shared PostgreSQL database uses: jobs
	 * are claimed by whichever context's scheduler is free, so all must read the same
	 * uploads.
	 */
	public static synchronized String dataDir() {
		if (dataDir == null) {
			try {
				dataDir = java.nio.file.Files.createTempDirectory("intake-pg-").toString();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return dataDir;
	}

	/**
	 * A further database of its own, for tests whose application instances must not share
	 * the common one (e.g. several service processes). Dropped when the JVM exits.
	 */
	public static String createFresh() {
		require();
		String name = "intake_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		dropAtExit(name);
		return SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name;
	}

	/**
	 * Points a Spring test context at a database and data directory of its own: no other
	 * context's scheduler can claim its jobs, so they run with this context's settings
	 * (chunk size, planning ahead) and hooks. PostgreSQL must be reachable (call
	 * {@link #require()} first in {@code @BeforeAll}).
	 */
	public static void registerOwn(org.springframework.test.context.DynamicPropertyRegistry registry) {
		String database = createFresh();
		String dir;
		try {
			dir = java.nio.file.Files.createTempDirectory("intake-pg-own-").toString();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		registry.add("intake.data-dir", () -> dir);
		registry.add("spring.datasource.url", () -> database);
		registry.add("spring.datasource.username", PostgresTestDatabase::user);
		registry.add("spring.datasource.password", PostgresTestDatabase::password);
	}

	/**
	 * Points a Spring test context at the shared test database and data directory: every
	 * context on it runs a job scheduler that may claim any context's job, so all must
	 * read the same uploads.
	 */
	public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
		registry.add("intake.data-dir", PostgresTestDatabase::dataDir);
		registry.add("spring.datasource.url", PostgresTestDatabase::url);
		registry.add("spring.datasource.username", PostgresTestDatabase::user);
		registry.add("spring.datasource.password", PostgresTestDatabase::password);
	}

	public static String user() {
		return USER;
	}

	public static String password() {
		return PASSWORD;
	}

	/**
	 * Drops the database when the JVM exits, after the Spring contexts are closed: a JVM
	 * shutdown hook of its own would run beside the one that closes them, and a context
	 * whose database is gone waits for a connection until its pool gives up (30 s).
	 */
	private static void dropAtExit(String name) {
		org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> drop(name));
	}

	private static void drop(String name) {
		try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
		}
	}

}
