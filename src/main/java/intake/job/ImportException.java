package intake.job;

import java.util.List;
import java.util.Objects;

/**
 * A request the import flow refuses, with the API error code and a message a person can
 * act on.
 */
public final class ImportException extends RuntimeException {

	private final ErrorCode code;

	private final List<Detail> details;

	public ImportException(ErrorCode code, String message) {
		this(code, message, List.of());
	}

	public ImportException(ErrorCode code, String message, List<Detail> details) {
		super(message);
		this.code = Objects.requireNonNull(code, "code");
		this.details = List.copyOf(details);
	}

	public ErrorCode code() {
		return this.code;
	}

	public List<Detail> details() {
		return this.details;
	}

	/**
	 * One problem in an error response; null components are absent from the JSON.
	 *
	 * @param column 0-based column index, or null
	 * @param field the field key, or null
	 * @param value the offending value, or null
	 * @param message what is wrong
	 */
	public record Detail(Integer column, String field, String value, String message) {
	}

}
