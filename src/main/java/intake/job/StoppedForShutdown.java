package intake.job;

/**
 * An import or undo run that stopped after a committed chunk because the service is
 * stopping: the job stays RUNNING (or UNDOING), and its task is handed back to the queue,
 * so that another instance, or this one once it is up again, goes on after the last
 * committed chunk.
 */
final class StoppedForShutdown extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private StoppedForShutdown(String run) {
		super(run + " stopped after a committed chunk: the service is stopping");
	}

	/** The run of the import {@code jobId} stopped. */
	static StoppedForShutdown importRun(String jobId) {
		return new StoppedForShutdown("Import " + jobId);
	}

	/** The undo of the import {@code jobId} stopped. */
	static StoppedForShutdown undoRun(String jobId) {
		return new StoppedForShutdown("The undo of import " + jobId);
	}

}
