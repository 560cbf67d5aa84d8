package intake.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <api token>} on the stateless API chain,
 * before HTTP Basic. A bad token answers 401 at once (it never falls back to anonymous);
 * after too many bad tokens from one address ({@link LoginAttempts}) every bearer request
 * from it answers 429 until the window lifts. Requests without a bearer token pass
 * through untouched.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	private final ApiTokens tokens;

	private final LoginAttempts attempts;

	private final AuthenticationEntryPoint entryPoint;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

	BearerTokenFilter(ApiTokens tokens, LoginAttempts attempts, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.attempts = attempts;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String key = LoginAttempts.tokenKey(request.getRemoteAddr());
		Optional<Duration> blocked = this.attempts.blockedFor(key);
		if (blocked.isPresent()) {
			this.entryPoint.commence(request, response, new LoginThrottledException(blocked.get()));
			return;
		}
		Optional<IntakePrincipal> principal = this.tokens.authenticate(header.substring(BEARER.length()).strip());
		if (principal.isEmpty()) {
			this.attempts.failed(key);
			this.contexts.clearContext();
			this.entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
			return;
		}
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
				principal.get(), null, List.of(new SimpleGrantedAuthority(principal.get().role().authority())));
		authentication.setDetails(this.details.buildDetails(request));
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

}
