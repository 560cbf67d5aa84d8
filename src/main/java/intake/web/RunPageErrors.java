package intake.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import intake.job.ImportException;
import intake.security.CurrentUser;
import intake.security.IntakePrincipal;

/**
 * The signed-in user for the navigation of the preview and job pages, and their refusals
 * as a page with the facade's message and the status of its error code (404 for another
 * tenant's import, 409 for one in the wrong state), never a 500. Ordered first: the API's
 * advice answers everything else with JSON.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = { PreviewPage.class, JobPage.class })
class RunPageErrors {

	private final CurrentUser user;

	RunPageErrors(CurrentUser user) {
		this.user = user;
	}

	@ModelAttribute("user")
	IntakePrincipal user() {
		return this.user.principal();
	}

	@ExceptionHandler(ImportException.class)
	ModelAndView refused(ImportException ex, HttpServletRequest request) {
		return page(HttpStatus.valueOf(ex.code().status()), ex.code().name(), ex.getMessage(), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return page(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "", request);
	}

	/**
	 * A browser that left the progress stream (page closed or reloaded): nothing to
	 * answer, and no fault to log.
	 */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void disconnected() {
		// The response is gone with the connection.
	}

	private ModelAndView page(HttpStatus status, String code, String message, HttpServletRequest request) {
		ModelAndView view = new ModelAndView("wizard/run-error");
		view.setStatus(status);
		view.addObject("user", this.user.principal());
		view.addObject("code", code);
		view.addObject("message", message);
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String id = (variables instanceof Map<?, ?> map && map.get("id") instanceof String value) ? value : "";
		view.addObject("jobId", "NOT_FOUND".equals(code) ? "" : id);
		return view;
	}

}
