package intake.security;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A user as stored, without the password hash.
 *
 * @param id the user id
 * @param tenantId the tenant the user belongs to
 * @param username the global, lower-cased username
 * @param role what the user may do
 * @param createdAt when created
 * @param disabledAt when disabled; a disabled user can neither sign in nor use their
 * tokens
 */
public record UserAccount(long id, long tenantId, String username, Role role, OffsetDateTime createdAt,
		Optional<OffsetDateTime> disabledAt) {

	public UserAccount {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(disabledAt, "disabledAt");
	}

	public boolean enabled() {
		return this.disabledAt.isEmpty();
	}

	/** The principal this user acts as. */
	public IntakePrincipal principal() {
		return new IntakePrincipal(this.tenantId, this.id, this.username, this.role);
	}

}
