package intake.security;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is calling: the principal of every authenticated request, whether it signed in with
 * a password (form or HTTP Basic) or an API token. Immutable; kept in the HTTP session of
 * a signed-in browser, hence serializable.
 *
 * @param tenantId the tenant every call of this user acts in
 * @param userId the user's id ({@code app_user.id})
 * @param username the global, lower-cased username
 * @param role what the user may do
 */
public record IntakePrincipal(long tenantId, long userId, String username,
		Role role) implements AuthenticatedPrincipal, Serializable {

	public IntakePrincipal {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(role, "role");
		username = username.toLowerCase(Locale.ROOT);
	}

	@Override
	public String getName() {
		return this.username;
	}

}
