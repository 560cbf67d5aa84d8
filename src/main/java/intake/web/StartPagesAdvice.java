package intake.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.schema.ImportTypes;

/**
 * Failures of the start, upload and source pages as pages, before the API's JSON handler
 * sees them: another tenant's or no import, or an unknown type, is the start page with a
 * 404; a file above the upload limit is the upload page again with a 413. Any other
 * refusal of the facade is the start page with the facade's status.
 */
@ControllerAdvice(assignableTypes = { StartPage.class, UploadPage.class, SourcePage.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartPagesAdvice {

	private final StartViews views;

	StartPagesAdvice(StartViews views) {
		this.views = views;
	}

	/**
	 * The body was not read, so the type comes from the form's action URL, which carries
	 * it for this reason (see upload.html).
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request) {
		String query = Optional.ofNullable(request.getQueryString()).orElse("");
		String type = UriComponentsBuilder.fromUriString("/?" + query).build().getQueryParams().getFirst("type");
		return ImportTypes.find((type != null) ? type : "")
			.map((t) -> this.views.upload(t, HttpStatus.CONTENT_TOO_LARGE, Optional.empty(), Optional.empty())
				.addObject("tooLarge", true))
			.orElseGet(() -> this.views.start(HttpStatus.CONTENT_TOO_LARGE, Optional.of("upload.tooLarge")));
	}

	@ExceptionHandler(ImportException.class)
	ModelAndView refused(ImportException ex) {
		if (ex.code() == ErrorCode.NOT_FOUND) {
			return this.views.start(HttpStatus.NOT_FOUND, Optional.of("start.notFound"));
		}
		ModelAndView page = this.views.start(HttpStatus.valueOf(ex.code().status()), Optional.of("start.refused"));
		page.addObject("detail", ex.getMessage());
		return page;
	}

}
