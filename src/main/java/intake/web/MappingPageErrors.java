package intake.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.security.CurrentUser;

/**
 * What the mapping pages answer when the facade refuses outside a form: another tenant's
 * (or no) job is a 404 page that names nothing of it; a job no longer in MAPPING is a 409
 * page with the facade's message and a link to the job. An htmx request is told to reload
 * the page instead, so that the whole page shows the job's state. Ordered before the
 * API's handler, which answers JSON to every controller.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = { MappingPage.class, MappingRulesPage.class, MappingNamedPage.class })
class MappingPageErrors {

	private final CurrentUser user;

	MappingPageErrors(CurrentUser user) {
		this.user = user;
	}

	@ExceptionHandler(ImportException.class)
	ModelAndView refused(ImportException ex, HttpServletRequest request, HttpServletResponse response) {
		ModelAndView view = new ModelAndView("wizard/mapping-closed");
		view.addObject("user", this.user.principal());
		view.setStatus(org.springframework.http.HttpStatus.valueOf(ex.code().status()));
		if (ex.code() == ErrorCode.NOT_FOUND) {
			view.addObject("notFound", true);
			return view;
		}
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Refresh", "true");
		}
		view.addObject("jobId", jobId(request));
		view.addObject("message", ex.getMessage());
		return view;
	}

	private static String jobId(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map && map.get("id") instanceof String id) ? id : "";
	}

}
