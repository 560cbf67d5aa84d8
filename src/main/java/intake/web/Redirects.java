package intake.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Redirects after a form post: 303 See Other, so that the browser follows with a GET. */
final class Redirects {

	private Redirects() {
	}

	/** A 303 to a path of this application. */
	static ModelAndView seeOther(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		return new ModelAndView(redirect);
	}

}
