package intake.security;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tenants: each has its own data, settings and users. Thread-safe.
 */
@Component
public class Tenants {

	private final JdbcClient jdbc;

	Tenants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates a tenant with the default settings.
	 * @param name its unique name: lower-case letters, digits and dashes, at most 100
	 * @return the new tenant's id
	 * @throws IllegalArgumentException for a bad or taken name
	 */
	public long create(String name) {
		if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,99}")) {
			throw new IllegalArgumentException(
					"A tenant name is 1 to 100 lower-case letters, digits and dashes, not starting with a dash: "
							+ name);
		}
		long id = this.jdbc.sql("SELECT NEXTVAL('tenant_seq')").query(Long.class).single();
		try {
			this.jdbc.sql("INSERT INTO tenant (id, name) VALUES (:id, :name)")
				.param("id", id)
				.param("name", name)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalArgumentException("There is a tenant named " + name + " already.", ex);
		}
		return id;
	}

	/** The id of the tenant of that name. */
	public Optional<Long> findByName(String name) {
		return this.jdbc.sql("SELECT id FROM tenant WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.optional();
	}

}
