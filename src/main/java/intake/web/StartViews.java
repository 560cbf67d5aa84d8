package intake.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.security.CurrentUser;

/**
 * The start page (the thirteen types) and a type's upload page, with a status and an
 * optional refusal: a message key ({@code failure}) and the English detail the facade
 * gave ({@code detail}). Shared by the controllers and {@link StartPagesAdvice}.
 */
@Component
class StartViews {

	private final CurrentUser user;

	private final UploadLimit limit;

	StartViews(CurrentUser user, UploadLimit limit) {
		this.user = user;
		this.limit = limit;
	}

	ModelAndView start(HttpStatus status, Optional<String> failure) {
		ModelAndView page = new ModelAndView("wizard/start", status);
		page.addObject("user", this.user.principal());
		page.addObject("types", ImportTypes.all());
		failure.ifPresent((key) -> page.addObject("failure", key));
		return page;
	}

	ModelAndView upload(ImportType type, HttpStatus status, Optional<String> failure, Optional<String> detail) {
		ModelAndView page = new ModelAndView("wizard/upload", status);
		page.addObject("user", this.user.principal());
		page.addObject("type", type);
		page.addObject("limit", this.limit.text());
		page.addObject("maxBytes", this.limit.bytes());
		page.addObject("encodings", SourceChoices.ENCODINGS);
		page.addObject("delimiters", SourceChoices.DELIMITERS);
		failure.ifPresent((key) -> page.addObject("failure", key));
		detail.ifPresent((text) -> page.addObject("detail", text));
		return page;
	}

	/**
	 * The import type of a path or form.
	 * @throws ImportException NOT_FOUND when there is no such type
	 */
	static ImportType type(String key) {
		return ImportTypes.find((key != null) ? key.strip() : "")
			.orElseThrow(() -> new ImportException(ErrorCode.NOT_FOUND, "There is no import type '" + key + "'."));
	}

}
