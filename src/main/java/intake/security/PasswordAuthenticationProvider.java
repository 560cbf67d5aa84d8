package intake.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs users in with username and password, for the login form and HTTP Basic alike.
 * Throttled per username and remote address ({@link LoginAttempts}): while blocked the
 * password is not even checked. An unknown user, a wrong password and a disabled user all
 * fail the same way, and take the same time.
 */
final class PasswordAuthenticationProvider implements AuthenticationProvider {

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final LoginAttempts attempts;

	private final String unknownUserHash;

	PasswordAuthenticationProvider(UserAccounts accounts, PasswordEncoder passwords, LoginAttempts attempts) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.attempts = attempts;
		this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String key = LoginAttempts.passwordKey(username, address(authentication));
		Optional<Duration> blocked = this.attempts.blockedFor(key);
		if (blocked.isPresent()) {
			throw new LoginThrottledException(blocked.get());
		}
		String password = (authentication.getCredentials() != null) ? authentication.getCredentials().toString() : "";
		Optional<UserAccounts.Credentials> credentials = this.accounts.credentials(username);
		boolean valid;
		if (credentials.isPresent()) {
			valid = this.accounts.matches(credentials.get(), password) && credentials.get().account().enabled();
		}
		else {
			this.passwords.matches(password, this.unknownUserHash);
			valid = false;
		}
		if (!valid) {
			this.attempts.failed(key);
			throw new BadCredentialsException("Bad username or password");
		}
		IntakePrincipal principal = credentials.get().account().principal();
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority(principal.role().authority())));
		result.setDetails(authentication.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? String.valueOf(details.getRemoteAddress()) : "unknown";
	}

}
