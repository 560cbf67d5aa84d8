package intake.security;

import org.springframework.stereotype.Component;

/**
 * The tenant the current request acts in: the tenant of the authenticated user. Only for
 * request threads (controllers); background jobs carry their tenant id themselves.
 */
@Component
public class CurrentTenant {

	/** The demo tenant's id, created by the first migration. */
	public static final long DEMO = 1L;

	private final CurrentUser user;

	public CurrentTenant(CurrentUser user) {
		this.user = user;
	}

	/**
	 * The tenant of the caller.
	 * @return the tenant id
	 * @throws IllegalStateException when the current thread runs no authenticated request
	 */
	public long id() {
		return this.user.principal().tenantId();
	}

}
