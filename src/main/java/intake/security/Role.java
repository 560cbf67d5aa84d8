package intake.security;

/**
 * What a user may do inside their tenant. Which role may call which path is decided in
 * one place, {@link AccessRules}.
 */
public enum Role {

	/** Everything in the tenant: settings, users, audit, every import and token. */
	ADMIN,

	/**
	 * Uploads, imports and undoes their own imports; edits records; reads everything
	 * else.
	 */
	IMPORTER,

	/** Reads jobs, previews and records; changes nothing but their own API tokens. */
	VIEWER;

	/** The Spring Security authority of this role, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
