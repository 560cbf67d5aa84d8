package intake.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import intake.security.ApiToken;
import intake.security.ApiTokens;
import intake.security.AuditAction;
import intake.security.AuditLog;
import intake.security.IntakePrincipal;

/**
 * {@code /admin/tokens}, for every signed-in user: their own API tokens, a form to create
 * one and a revoke button per token. A new token is rendered in the answer to the POST
 * itself (never through the session or a redirect), the only time it is shown.
 */
@Controller
@RequestMapping("/admin/tokens")
class TokensPage {

	private final ApiTokens tokens;

	private final AuditLog audit;

	TokensPage(ApiTokens tokens, AuditLog audit) {
		this.tokens = tokens;
		this.audit = audit;
	}

	@GetMapping
	String list(@AuthenticationPrincipal IntakePrincipal user, @RequestParam(required = false) String done,
			Model model) {
		if ("revoked".equals(done)) {
			model.addAttribute("done", "tokens.done.revoked");
		}
		return page(user, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal IntakePrincipal user, @RequestParam(defaultValue = "") String name,
			Model model, HttpServletResponse response) {
		if (name.isBlank() || name.strip().length() > 200) {
			response.setStatus(422);
			model.addAttribute("failure", "tokens.invalidName");
			return page(user, model);
		}
		ApiToken.Created created = this.tokens.create(user.tenantId(), user.userId(), name);
		this.audit.record(AuditAction.TOKEN_CREATED, AuditLog.Target.record("token", created.token().id()), Map.of());
		model.addAttribute("created", created);
		return page(user, model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal IntakePrincipal user, @PathVariable long id, Model model,
			HttpServletResponse response) {
		if (!this.tokens.revokeOwn(user.tenantId(), user.userId(), id)) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("failure", "tokens.notFound");
			return page(user, model);
		}
		this.audit.record(AuditAction.TOKEN_REVOKED, AuditLog.Target.record("token", id), Map.of());
		return "redirect:/admin/tokens?done=revoked";
	}

	private String page(IntakePrincipal user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("tokens", this.tokens.listOfUser(user.tenantId(), user.userId()));
		return "admin/tokens";
	}

}
