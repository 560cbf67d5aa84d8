package intake.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import intake.job.ImportException;

/**
 * The error body of every API error response.
 *
 * @param error the error code, e.g. {@code DUPLICATE_FIELD}
 * @param message what is wrong, for a person
 * @param details problems with single values
 */
public record ApiError(String error, String message, List<Detail> details) {

	public ApiError {
		details = List.copyOf(details);
	}

	static ApiError of(ImportException ex) {
		return new ApiError(ex.code().name(), ex.getMessage(),
				ex.details().stream().map((d) -> new Detail(d.column(), d.field(), d.value(), d.message())).toList());
	}

	/**
	 * One problem; absent parts are left out of the JSON.
	 *
	 * @param column the 0-based column
	 * @param field the field key
	 * @param value the offending value
	 * @param message what is wrong
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Detail(Integer column, String field, String value, String message) {
	}

}
