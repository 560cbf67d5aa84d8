package intake.web;

import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import intake.security.AuditLog;
import intake.security.IntakePrincipal;

/**
 * {@code /admin/audit?page=N}, for administrators ({@code AccessRules.PAGES}): the
 * tenant's audit trail, {@value #PAGE_SIZE} events a page, newest first.
 */
@Controller
class AuditPage {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditPage(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@AuthenticationPrincipal IntakePrincipal user, @RequestParam(defaultValue = "1") String page,
			Model model) {
		int number = parse(page);
		AuditLog.Page events = this.audit.list(user.tenantId(), new AuditLog.Filter(Optional.empty(), Optional.empty()),
				PAGE_SIZE, (long) (number - 1) * PAGE_SIZE);
		long pages = Math.max(1, (events.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("user", user);
		model.addAttribute("events", events.items());
		model.addAttribute("total", events.total());
		model.addAttribute("page", number);
		model.addAttribute("pages", pages);
		model.addAttribute("first", (long) (number - 1) * PAGE_SIZE + 1);
		model.addAttribute("last", (long) (number - 1) * PAGE_SIZE + events.items().size());
		return "admin/audit";
	}

	/** A page number; anything else is the first page. */
	private static int parse(String page) {
		try {
			return Math.max(1, Math.min(Integer.parseInt(page.strip()), 1_000_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
