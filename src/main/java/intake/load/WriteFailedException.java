package intake.load;

/**
 * Writing to the database failed; carries the table and row count in its message.
 */
public final class WriteFailedException extends RuntimeException {

	public WriteFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
