package intake.security;

import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins to the audit trail. A form sign-in is {@link AuditAction#SIGNED_IN}; an
 * HTTP Basic call authenticates every request anew and is not recorded (the trail would
 * hold every API call). A failed password check of a <em>known</em> user, form or Basic,
 * is {@link AuditAction#SIGN_IN_FAILED} in that user's tenant. Attempts for unknown
 * usernames are not stored: there is no tenant to store them in, and what was typed as a
 * username may be a password. Throttled attempts (never checked) publish no event.
 */
@Component
class SignInAudit {

	private static final Log logger = LogFactory.getLog(SignInAudit.class);

	private final AuditLog audit;

	private final UserAccounts accounts;

	SignInAudit(AuditLog audit, UserAccounts accounts) {
		this.audit = audit;
		this.accounts = accounts;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (authentication.getPrincipal() instanceof IntakePrincipal principal) {
			this.audit.write(principal.tenantId(), Optional.of(principal.userId()), principal.username(),
					AuditAction.SIGNED_IN, AuditLog.Target.none(), address(authentication), Map.of("via", "form"));
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		Optional<UserAccount> account = this.accounts.findByUsername(attempt.getName());
		if (account.isEmpty()) {
			logger.info("Failed sign-in for an unknown username from " + address(attempt).orElse("unknown"));
			return;
		}
		UserAccount user = account.get();
		this.audit.write(user.tenantId(), Optional.of(user.id()), user.username(), AuditAction.SIGN_IN_FAILED,
				AuditLog.Target.none(), address(attempt),
				Map.of("reason", user.enabled() ? "bad password" : "user disabled"));
	}

	private static Optional<String> address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return Optional.of(details.getRemoteAddress());
		}
		return AuditLog.remoteAddress();
	}

}
