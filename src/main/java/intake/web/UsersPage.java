package intake.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import intake.security.AuditAction;
import intake.security.AuditLog;
import intake.security.IntakePrincipal;
import intake.security.Role;
import intake.security.UserAccount;
import intake.security.UserAccounts;
import intake.security.UserAdministration;
import intake.security.UserChangeRefusedException;

/**
 * {@code /admin/users}, for administrators ({@code AccessRules.PAGES}): the tenant's
 * users, a form to create one, and per user a role change and disable/enable. Each POST
 * answers with a redirect that names what was done, or renders the page again with what
 * was refused (422 for bad values, 409 for the last administrator).
 */
@Controller
@RequestMapping("/admin/users")
class UsersPage {

	private static final List<String> DONE = List.of("created", "role", "disabled", "enabled");

	private final UserAccounts accounts;

	private final UserAdministration administration;

	private final AuditLog audit;

	UsersPage(UserAccounts accounts, UserAdministration administration, AuditLog audit) {
		this.accounts = accounts;
		this.administration = administration;
		this.audit = audit;
	}

	@GetMapping
	String list(@AuthenticationPrincipal IntakePrincipal user, @RequestParam(required = false) String done,
			Model model) {
		if (done != null && DONE.contains(done)) {
			model.addAttribute("done", "users.done." + done);
		}
		return page(user, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal IntakePrincipal user, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String role, Model model,
			HttpServletResponse response) {
		try {
			UserAccount created = this.administration.create(user.tenantId(), username, password, role);
			this.audit.record(AuditAction.USER_CREATED, AuditLog.Target.record("user", created.id()),
					Map.of("role", created.role()));
			return "redirect:/admin/users?done=created";
		}
		catch (UserChangeRefusedException ex) {
			model.addAttribute("username", username);
			model.addAttribute("role", role);
			return refused(user, ex, model, response);
		}
	}

	@PostMapping("/{id}/role")
	String role(@AuthenticationPrincipal IntakePrincipal user, @PathVariable long id,
			@RequestParam(defaultValue = "") String role, Model model, HttpServletResponse response) {
		return change(user, id, new UserAdministration.Change(Optional.of(role), Optional.empty(), Optional.empty()),
				"role", model, response);
	}

	@PostMapping("/{id}/disable")
	String disable(@AuthenticationPrincipal IntakePrincipal user, @PathVariable long id, Model model,
			HttpServletResponse response) {
		return change(user, id, new UserAdministration.Change(Optional.empty(), Optional.empty(), Optional.of(true)),
				"disabled", model, response);
	}

	@PostMapping("/{id}/enable")
	String enable(@AuthenticationPrincipal IntakePrincipal user, @PathVariable long id, Model model,
			HttpServletResponse response) {
		return change(user, id, new UserAdministration.Change(Optional.empty(), Optional.empty(), Optional.of(false)),
				"enabled", model, response);
	}

	private String change(IntakePrincipal user, long id, UserAdministration.Change change, String done, Model model,
			HttpServletResponse response) {
		try {
			Optional<UserAccount> changed = this.administration.change(user.tenantId(), id, change);
			if (changed.isEmpty()) {
				response.setStatus(HttpServletResponse.SC_NOT_FOUND);
				model.addAttribute("failure", "users.notFound");
				return page(user, model);
			}
			this.audit.record(done.equals("disabled") ? AuditAction.USER_DISABLED : AuditAction.USER_CHANGED,
					AuditLog.Target.record("user", id), done.equals("role") ? Map.of("role", changed.get().role())
							: Map.of("disabled", !changed.get().enabled()));
			return "redirect:/admin/users?done=" + done;
		}
		catch (UserChangeRefusedException ex) {
			return refused(user, ex, model, response);
		}
	}

	private String refused(IntakePrincipal user, UserChangeRefusedException ex, Model model,
			HttpServletResponse response) {
		boolean lastAdmin = ex.reason() == UserChangeRefusedException.Reason.LAST_ADMIN;
		response.setStatus(lastAdmin ? HttpServletResponse.SC_CONFLICT : 422);
		model.addAttribute("failure", lastAdmin ? "users.lastAdmin" : "users.refused");
		model.addAttribute("problems", ex.problems());
		return page(user, model);
	}

	private String page(IntakePrincipal user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("users", this.accounts.list(user.tenantId()));
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

}
