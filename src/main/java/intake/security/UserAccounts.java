package intake.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The users of all tenants ({@code app_user}). Usernames are global and lower-cased, so
 * signing in needs no tenant; every other look-up and change is scoped to a tenant and
 * answers empty or {@code false} for another tenant's user. Passwords are stored as
 * {@link PasswordEncoder} hashes (bcrypt). Password rules (length etc.) are the caller's
 * business. Thread-safe.
 */
@Component
public class UserAccounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/**
	 * Creates a user.
	 * @param tenantId the tenant
	 * @param username the username, stored stripped and lower-cased
	 * @param password the plain password, hashed before it is stored
	 * @param role the role
	 * @return the new user
	 * @throws UsernameTakenException when any tenant has a user of that name
	 * @throws IllegalArgumentException for a blank username or password
	 */
	public UserAccount create(long tenantId, String username, String password, Role role) {
		String name = normalize(username);
		requirePassword(password);
		Objects.requireNonNull(role, "role");
		long id = this.jdbc.sql("SELECT NEXTVAL('app_user_seq')").query(Long.class).single();
		try {
			this.jdbc.sql("""
					INSERT INTO app_user (id, tenant_id, username, password_hash, role, created_at)
					VALUES (:id, :tenant, :username, :hash, :role, :now)
					""")
				.param("id", id)
				.param("tenant", tenantId)
				.param("username", name)
				.param("hash", this.passwords.encode(password))
				.param("role", role.name())
				.param("now", now())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new UsernameTakenException(name);
		}
		return find(tenantId, id).orElseThrow();
	}

	/** The user of that name in any tenant (case-insensitive), disabled or not. */
	public Optional<UserAccount> findByUsername(String username) {
		return credentials(username).map(Credentials::account);
	}

	/** The user with that id in the tenant. */
	public Optional<UserAccount> find(long tenantId, long userId) {
		return this.jdbc.sql("SELECT * FROM app_user WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", userId)
			.query(UserAccounts::account)
			.optional();
	}

	/** The tenant's users by username, disabled ones included. */
	public List<UserAccount> list(long tenantId) {
		return this.jdbc.sql("SELECT * FROM app_user WHERE tenant_id = :tenant ORDER BY username")
			.param("tenant", tenantId)
			.query(UserAccounts::account)
			.list();
	}

	/** Whether any user exists in any tenant. */
	public boolean any() {
		return this.jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() > 0;
	}

	/**
	 * @return whether the tenant has that user
	 */
	public boolean changeRole(long tenantId, long userId, Role role) {
		Objects.requireNonNull(role, "role");
		return this.jdbc.sql("UPDATE app_user SET role = :role WHERE tenant_id = :tenant AND id = :id")
			.param("role", role.name())
			.param("tenant", tenantId)
			.param("id", userId)
			.update() == 1;
	}

	/**
	 * @return whether the tenant has that user
	 */
	public boolean changePassword(long tenantId, long userId, String password) {
		requirePassword(password);
		return this.jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE tenant_id = :tenant AND id = :id")
			.param("hash", this.passwords.encode(password))
			.param("tenant", tenantId)
			.param("id", userId)
			.update() == 1;
	}

	/**
	 * Disables a user: they can no longer sign in or use their API tokens, and a browser
	 * session already open ends with its next request.
	 * @return whether the tenant has that user
	 */
	public boolean disable(long tenantId, long userId) {
		return this.jdbc.sql("""
				UPDATE app_user SET disabled_at = COALESCE(disabled_at, :now) WHERE tenant_id = :tenant AND id = :id
				""").param("now", now()).param("tenant", tenantId).param("id", userId).update() == 1;
	}

	/**
	 * Enables a disabled user again.
	 * @return whether the tenant has that user
	 */
	public boolean enable(long tenantId, long userId) {
		return this.jdbc.sql("UPDATE app_user SET disabled_at = NULL WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", userId)
			.update() == 1;
	}

	/**
	 * The ids of the tenant's enabled administrators, locked ({@code FOR UPDATE}) until
	 * the calling transaction ends, so that two concurrent changes cannot both remove the
	 * last one. Only inside a transaction.
	 */
	List<Long> lockActiveAdmins(long tenantId) {
		return this.jdbc.sql("""
				SELECT id FROM app_user WHERE tenant_id = :tenant AND role = 'ADMIN' AND disabled_at IS NULL
				ORDER BY id FOR UPDATE
				""").param("tenant", tenantId).query(Long.class).list();
	}

	/** Whether the plain password is the user's; for sign-in only. */
	boolean matches(Credentials credentials, String password) {
		return this.passwords.matches(password, credentials.passwordHash());
	}

	Optional<Credentials> credentials(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT * FROM app_user WHERE username = :username")
			.param("username", username.strip().toLowerCase(Locale.ROOT))
			.query((rs, row) -> new Credentials(account(rs, row), rs.getString("password_hash")))
			.optional();
	}

	/** A user and their password hash, for sign-in. */
	record Credentials(UserAccount account, String passwordHash) {
	}

	static String normalize(String username) {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("A username must not be blank.");
		}
		String name = username.strip().toLowerCase(Locale.ROOT);
		if (name.length() > 200 || name.chars().anyMatch(Character::isWhitespace) || name.contains(":")) {
			throw new IllegalArgumentException(
					"A username has at most 200 characters and no spaces or colons: " + username);
		}
		return name;
	}

	private static void requirePassword(String password) {
		if (password == null || password.isBlank()) {
			throw new IllegalArgumentException("A password must not be blank.");
		}
	}

	private static UserAccount account(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("username"),
				Role.valueOf(rs.getString("role")), rs.getObject("created_at", OffsetDateTime.class),
				Optional.ofNullable(rs.getObject("disabled_at", OffsetDateTime.class)));
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
