package intake.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page and, until the wizard replaces it, a start page that says who is
 * signed in and offers to sign out.
 */
@Controller
class SignInPages {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal IntakePrincipal principal, Model model) {
		model.addAttribute("user", principal);
		return "home";
	}

}
