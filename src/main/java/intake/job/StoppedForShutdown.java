package intake.job;

/**
 * An import run that stopped after a committed chunk because the service is stopping: the
 * job stays RUNNING, and its task is handed back to the queue, so that another instance,
 * or this one once it is up again, goes on after the last committed chunk.
 */
final class StoppedForShutdown extends RuntimeException {

	private static final long serialVersionUID = 1L;

	StoppedForShutdown(String jobId) {
		super("Import " + jobId + " stopped after a committed chunk: the service is stopping");
	}

}
