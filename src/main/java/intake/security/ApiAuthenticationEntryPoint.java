package intake.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What an unauthenticated API call gets: 401 JSON {@code UNAUTHENTICATED} with
 * {@code WWW-Authenticate: Basic realm="Intake"} (never a login page or a redirect), or
 * 429 {@code TOO_MANY_REQUESTS} with {@code Retry-After} while the caller is throttled.
 */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String REALM = "Intake";

	private final JsonErrors errors;

	ApiAuthenticationEntryPoint(JsonErrors errors) {
		this.errors = errors;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof LoginThrottledException throttled) {
			this.errors.tooManyRequests(response, throttled);
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
		String message = (ex instanceof BadCredentialsException)
				? "The username and password, or the API token, are not valid."
				: "Authenticate with HTTP Basic or 'Authorization: Bearer <api token>'.";
		this.errors.write(response, 401, "UNAUTHENTICATED", message);
	}

}
