package intake.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a browser session in step with its user: on every page request the user is read
 * again, so a user disabled since signing in is signed out (the request goes on as
 * anonymous and is sent to the login page), and a changed role applies at once. The API
 * needs no such step: it authenticates every call anew.
 */
final class SessionRefresh extends OncePerRequestFilter {

	private final UserAccounts accounts;

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SessionRefresh(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof IntakePrincipal principal) {
			Optional<UserAccount> account = this.accounts.find(principal.tenantId(), principal.userId());
			if (account.isEmpty() || !account.get().enabled()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (account.get().role() != principal.role()) {
				IntakePrincipal now = account.get().principal();
				UsernamePasswordAuthenticationToken changed = UsernamePasswordAuthenticationToken.authenticated(now,
						null, List.of(new SimpleGrantedAuthority(now.role().authority())));
				changed.setDetails(authentication.getDetails());
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(changed);
				SecurityContextHolder.setContext(context);
				this.sessions.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
