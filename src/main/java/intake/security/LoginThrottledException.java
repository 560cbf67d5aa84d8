package intake.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the credentials, because too many failed ones came
 * for the same username and address (or bad tokens from the same address) lately;
 * answered with 429 and {@code Retry-After}.
 */
public final class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	public LoginThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " seconds.");
		this.retryAfter = retryAfter;
	}

	/** How long until an attempt is allowed again, whole seconds. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
