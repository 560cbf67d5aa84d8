package intake.security;

/**
 * What an audit event records. Stored by name in {@code audit_event.action} (at most 40
 * characters), so constants are added, never renamed.
 */
public enum AuditAction {

	/** A user signed in through the login form (HTTP Basic calls are not recorded). */
	SIGNED_IN,

	/**
	 * A password sign-in (form or HTTP Basic) of a known user failed: wrong password or a
	 * disabled user. Attempts for unknown usernames and throttled attempts are not
	 * recorded.
	 */
	SIGN_IN_FAILED,

	/** A file was uploaded, creating an import job. */
	IMPORT_UPLOADED,

	/** An import was started. */
	IMPORT_STARTED,

	/** An import was cancelled. */
	IMPORT_CANCELLED,

	/** An import's undo was started. */
	IMPORT_UNDONE,

	/** A record's personal data was erased. */
	RECORD_ERASED,

	/** The tenant settings were changed. */
	SETTINGS_CHANGED,

	/** A user was created. */
	USER_CREATED,

	/** A user's role, password or disabled state was changed. */
	USER_CHANGED,

	/** A user was disabled. */
	USER_DISABLED,

	/** An API token was created. */
	TOKEN_CREATED,

	/** An API token was revoked. */
	TOKEN_REVOKED

}
