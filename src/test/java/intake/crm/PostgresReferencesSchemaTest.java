package intake.crm;

import org.junit.jupiter.api.BeforeAll;

import intake.support.PostgresTestDatabase;

/**
 * {@link References} against the schema migrated on PostgreSQL, in a database of its own.
 */
class PostgresReferencesSchemaTest extends ReferencesSchemaContract {

	private static String url;

	@BeforeAll
	static void postgres() {
		PostgresTestDatabase.require();
		url = PostgresTestDatabase.createFresh();
	}

	@Override
	String url() {
		return url;
	}

	@Override
	String user() {
		return PostgresTestDatabase.user();
	}

	@Override
	String password() {
		return PostgresTestDatabase.password();
	}

}
