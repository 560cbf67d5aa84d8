package intake.security;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * An API token as stored: never the token itself, only its first characters for display.
 *
 * @param id the token id
 * @param tenantId the tenant of its user
 * @param userId the user it acts as
 * @param name what its owner called it, e.g. "nightly sync"
 * @param prefix the token's first characters, e.g. {@code intk_AbC1234}
 * @param createdAt when created
 * @param lastUsedAt when it last authenticated a request, to the minute
 * @param revokedAt when revoked; a revoked token authenticates nothing
 */
public record ApiToken(long id, long tenantId, long userId, String name, String prefix, OffsetDateTime createdAt,
		Optional<OffsetDateTime> lastUsedAt, Optional<OffsetDateTime> revokedAt) {

	public ApiToken {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(prefix, "prefix");
		Objects.requireNonNull(lastUsedAt, "lastUsedAt");
		Objects.requireNonNull(revokedAt, "revokedAt");
	}

	public boolean revoked() {
		return this.revokedAt.isPresent();
	}

	/**
	 * A token just created: the only time the plain token is known. Its
	 * {@link #toString()} leaves the token out, so it cannot end up in a log by accident.
	 *
	 * @param token the stored token
	 * @param plainToken the token to hand to its owner once, {@code intk_} and 43
	 * base64url characters
	 */
	public record Created(ApiToken token, String plainToken) {

		public Created {
			Objects.requireNonNull(token, "token");
			Objects.requireNonNull(plainToken, "plainToken");
		}

		@Override
		public String toString() {
			return "Created[token=" + this.token + ", plainToken=" + this.token.prefix() + "…]";
		}

	}

}
