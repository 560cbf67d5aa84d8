package intake.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user of the current request, read from the Spring Security context of the calling
 * thread. Only for request threads (controllers): background work such as a running
 * import has no user and must be given ids explicitly.
 */
@Component
public class CurrentUser {

	/**
	 * The caller, if the current thread runs an authenticated request.
	 * @return the principal, or empty outside an authenticated request
	 */
	public Optional<IntakePrincipal> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof IntakePrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	/**
	 * The caller.
	 * @return the principal
	 * @throws IllegalStateException when the current thread runs no authenticated request
	 */
	public IntakePrincipal principal() {
		return find().orElseThrow(() -> new IllegalStateException(
				"No authenticated user on this thread; CurrentUser is for request threads only"));
	}

	/** The caller's user id; see {@link #principal()}. */
	public long id() {
		return principal().userId();
	}

	/** The caller's role; see {@link #principal()}. */
	public Role role() {
		return principal().role();
	}

}
