package intake.api;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import intake.job.ImportException;

/**
 * Turns every failure under {@code /api/**} into the API's JSON error: the documented 4xx
 * codes for bad requests, and a 500 without details for faults.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	@ExceptionHandler(ImportException.class)
	ResponseEntity<ApiError> importException(ImportException ex) {
		return respond(HttpStatus.valueOf(ex.code().status()), ApiError.of(ex));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException ex) {
		return respond(HttpStatus.PAYLOAD_TOO_LARGE,
				new ApiError("FILE_TOO_LARGE", "The file is larger than this service accepts.", List.of()));
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MultipartException.class,
			HttpMediaTypeNotSupportedException.class })
	ResponseEntity<ApiError> missingFile(Exception ex) {
		return respond(HttpStatus.BAD_REQUEST,
				new ApiError("MISSING_FILE",
						"Send the file as multipart/form-data in a part named 'file', with the import type in 'type'.",
						List.of()));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	ResponseEntity<ApiError> badRequest(Exception ex) {
		String message = (ex instanceof MethodArgumentTypeMismatchException mismatch)
				? "The parameter '" + mismatch.getName() + "' has a value of the wrong type."
				: (ex instanceof MissingServletRequestParameterException missing)
						? "The parameter '" + missing.getParameterName() + "' is required."
						: "The request body is not valid JSON of the expected shape.";
		return respond(HttpStatus.BAD_REQUEST, new ApiError("BAD_REQUEST", message, List.of()));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ApiError> notFound(NoResourceFoundException ex) {
		return respond(HttpStatus.NOT_FOUND, new ApiError("NOT_FOUND", "There is no such resource.", List.of()));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return respond(HttpStatus.METHOD_NOT_ALLOWED, new ApiError("METHOD_NOT_ALLOWED",
				"The method " + ex.getMethod() + " is not allowed here.", List.of()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> fault(Exception ex) {
		logger.error("Unexpected fault in an API call", ex);
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, new ApiError("INTERNAL",
				"Something went wrong on our side; the request was not completed.", List.of()));
	}

	private static ResponseEntity<ApiError> respond(HttpStatus status, ApiError body) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
