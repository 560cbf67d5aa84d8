package intake.job;

/**
 * The error codes of the API, with their HTTP status.
 */
public enum ErrorCode {

	MISSING_FILE(400), BAD_REQUEST(400), FORBIDDEN(403), NOT_FOUND(404), WRONG_STATE(409), UNDO_WINDOW_CLOSED(409),
	FILE_TOO_LARGE(413), EMPTY_FILE(422), NOT_TEXT(422), UNSUPPORTED_FILE(422), NO_HEADER(422), UNKNOWN_TYPE(422),
	UNKNOWN_FIELD(422), DUPLICATE_FIELD(422), MISSING_REQUIRED(422), VALIDATION(422);

	private final int status;

	ErrorCode(int status) {
		this.status = status;
	}

	public int status() {
		return this.status;
	}

}
