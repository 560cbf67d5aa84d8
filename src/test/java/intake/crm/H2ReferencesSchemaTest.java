package intake.crm;

import java.util.UUID;

/**
 * {@link References} against the schema migrated on H2 in PostgreSQL mode, as the
 * embedded service runs it.
 */
class H2ReferencesSchemaTest extends ReferencesSchemaContract {

	private final String url = "jdbc:h2:mem:references-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@Override
	String url() {
		return this.url;
	}

	@Override
	String user() {
		return "sa";
	}

	@Override
	String password() {
		return "";
	}

}
