package intake.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import intake.job.ImportException;
import intake.security.CurrentUser;

/**
 * The page equivalent of the API's error handler for the history, undo and records pages:
 * a refusal of the facades ({@link ImportException}) renders a page that says what went
 * wrong, with the status the API would answer (404 for a job or record of another tenant,
 * 409 for a wrong state, 422 for bad values) — never a 500 or JSON. Ordered first, so it
 * wins over the API's handler for these controllers.
 */
@ControllerAdvice(assignableTypes = { HistoryPage.class, UndoPage.class, RecordsPage.class, RecordEditPage.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageRefusals {

	private final CurrentUser user;

	PageRefusals(CurrentUser user) {
		this.user = user;
	}

	@ExceptionHandler(ImportException.class)
	ModelAndView refused(ImportException ex) {
		ModelAndView page = new ModelAndView("records/refused");
		page.addObject("user", this.user.principal());
		page.addObject("reason", switch (ex.code()) {
			case NOT_FOUND -> "records.refused.notFound";
			case FORBIDDEN -> "records.refused.forbidden";
			case WRONG_STATE, UNDO_WINDOW_CLOSED -> "records.refused.conflict";
			default -> "records.refused.invalid";
		});
		page.addObject("message", ex.getMessage());
		page.setStatus(HttpStatusCode.valueOf(ex.code().status()));
		return page;
	}

}
