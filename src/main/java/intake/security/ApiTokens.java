package intake.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API tokens ({@code api_token}): {@code intk_} followed by 32 random bytes in base64url,
 * handed out once and stored only as their SHA-256 hash. A token acts as its user, in the
 * user's tenant and with the user's current role; it stops working at once when revoked
 * or when its user is disabled. Every look-up and change but {@link #authenticate} is
 * scoped to a tenant. Thread-safe.
 */
@Component
public class ApiTokens {

	/** What every token starts with. */
	public static final String PREFIX = "intk_";

	private static final int DISPLAYED = 12;

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates a token for a user.
	 * @param tenantId the tenant
	 * @param userId the user it acts as, of that tenant
	 * @param name what the token is for, not blank, at most 200 characters
	 * @return the stored token and, this once, the plain token
	 * @throws IllegalArgumentException for a bad name or a user the tenant does not have
	 */
	public ApiToken.Created create(long tenantId, long userId, String name) {
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			throw new IllegalArgumentException("A token needs a name of 1 to 200 characters.");
		}
		long users = this.jdbc.sql("SELECT COUNT(*) FROM app_user WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", userId)
			.query(Long.class)
			.single();
		if (users == 0) {
			throw new IllegalArgumentException("The tenant has no user " + userId + ".");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String plain = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = this.jdbc.sql("SELECT NEXTVAL('api_token_seq')").query(Long.class).single();
		this.jdbc.sql("""
				INSERT INTO api_token (id, tenant_id, user_id, name, token_hash, prefix, created_at)
				VALUES (:id, :tenant, :user, :name, :hash, :prefix, :now)
				""")
			.param("id", id)
			.param("tenant", tenantId)
			.param("user", userId)
			.param("name", name.strip())
			.param("hash", hash(plain))
			.param("prefix", plain.substring(0, DISPLAYED))
			.param("now", UserAccounts.now())
			.update();
		return new ApiToken.Created(find(tenantId, id).orElseThrow(), plain);
	}

	/** The token with that id in the tenant. */
	public Optional<ApiToken> find(long tenantId, long tokenId) {
		return this.jdbc.sql("SELECT * FROM api_token WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", tokenId)
			.query(ApiTokens::token)
			.optional();
	}

	/** Every token of the tenant, revoked ones included, newest first. */
	public List<ApiToken> list(long tenantId) {
		return this.jdbc.sql("SELECT * FROM api_token WHERE tenant_id = :tenant ORDER BY id DESC")
			.param("tenant", tenantId)
			.query(ApiTokens::token)
			.list();
	}

	/** The user's tokens, revoked ones included, newest first. */
	public List<ApiToken> listOfUser(long tenantId, long userId) {
		return this.jdbc.sql("SELECT * FROM api_token WHERE tenant_id = :tenant AND user_id = :user ORDER BY id DESC")
			.param("tenant", tenantId)
			.param("user", userId)
			.query(ApiTokens::token)
			.list();
	}

	/**
	 * Revokes any token of the tenant (an administrator's call); revoking twice is
	 * harmless.
	 * @return whether the tenant has that token
	 */
	public boolean revoke(long tenantId, long tokenId) {
		return this.jdbc.sql("""
				UPDATE api_token SET revoked_at = COALESCE(revoked_at, :now) WHERE tenant_id = :tenant AND id = :id
				""").param("now", UserAccounts.now()).param("tenant", tenantId).param("id", tokenId).update() == 1;
	}

	/**
	 * Revokes one of the user's own tokens.
	 * @return whether the user has that token
	 */
	public boolean revokeOwn(long tenantId, long userId, long tokenId) {
		return this.jdbc.sql("""
				UPDATE api_token SET revoked_at = COALESCE(revoked_at, :now)
				WHERE tenant_id = :tenant AND user_id = :user AND id = :id
				""")
			.param("now", UserAccounts.now())
			.param("tenant", tenantId)
			.param("user", userId)
			.param("id", tokenId)
			.update() == 1;
	}

	/**
	 * The user a plain token acts as, if it is a live token of an enabled user; records
	 * the use in {@code last_used_at} (at most once a minute, to keep reads cheap).
	 * @param token the token as sent, may be anything
	 * @return the principal, or empty for an unknown, revoked or malformed token
	 */
	public Optional<IntakePrincipal> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Optional<Use> use = this.jdbc.sql("""
				SELECT t.id AS token_id, t.last_used_at, u.tenant_id, u.id AS user_id, u.username, u.role
				FROM api_token t JOIN app_user u ON u.id = t.user_id AND u.tenant_id = t.tenant_id
				WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.disabled_at IS NULL
				""")
			.param("hash", hash(token))
			.query((rs, row) -> new Use(rs.getLong("token_id"), rs.getObject("last_used_at", OffsetDateTime.class),
					new IntakePrincipal(rs.getLong("tenant_id"), rs.getLong("user_id"), rs.getString("username"),
							Role.valueOf(rs.getString("role")))))
			.optional();
		use.ifPresent(this::recordUse);
		return use.map(Use::principal);
	}

	private void recordUse(Use use) {
		OffsetDateTime now = UserAccounts.now();
		if (use.lastUsedAt() == null || use.lastUsedAt().isBefore(now.minusMinutes(1))) {
			this.jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
				.param("now", now)
				.param("id", use.tokenId())
				.update();
		}
	}

	private record Use(long tokenId, OffsetDateTime lastUsedAt, IntakePrincipal principal) {
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	private static ApiToken token(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("user_id"), rs.getString("name"),
				rs.getString("prefix"), rs.getObject("created_at", OffsetDateTime.class),
				Optional.ofNullable(rs.getObject("last_used_at", OffsetDateTime.class)),
				Optional.ofNullable(rs.getObject("revoked_at", OffsetDateTime.class)));
	}

}
