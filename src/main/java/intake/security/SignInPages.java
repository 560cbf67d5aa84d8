package intake.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. The home page {@code /} is the wizard's start page
 * ({@code intake.web.StartPage}).
 */
@Controller
class SignInPages {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
