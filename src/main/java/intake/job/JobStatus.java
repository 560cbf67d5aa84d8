package intake.job;

/**
 * The lifecycle of an import job.
 */
public enum JobStatus {

	/** Analysed, awaiting mapping and start. */
	MAPPING,
	/** Started, waiting for a worker. */
	QUEUED,
	/** Being written. */
	RUNNING,
	/** Every row was processed. */
	COMPLETED,
	/** Stopped by a fault; what was written stays. */
	FAILED,
	/** Stopped by the user; what was written stays. */
	CANCELLED,
	/** Being undone. */
	UNDOING,
	/** Undone. */
	UNDONE;

	public boolean isFinal() {
		return this == COMPLETED || this == FAILED || this == CANCELLED || this == UNDONE;
	}

}
