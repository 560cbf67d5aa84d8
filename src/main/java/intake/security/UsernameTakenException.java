package intake.security;

/**
 * A username that some user, in any tenant, already has: usernames are global.
 */
public final class UsernameTakenException extends RuntimeException {

	public UsernameTakenException(String username) {
		super("The username " + username + " is taken.");
	}

}
