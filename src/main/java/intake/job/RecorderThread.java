package intake.job;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;

import intake.plan.ChunkPlan;
import intake.validate.Violation;

/**
 * Runs a {@link PreviewRecorder} on a thread of its own: an import run hands each written
 * chunk over and goes on planning and writing the next one while this thread encodes and
 * stores the rows of the previous one. A plan is handed over directly (the run waits
 * until the previous one is recorded), so at most one plan is held here. A failure of the
 * recorder surfaces on the next {@link #add} or on {@link #finish}.
 */
final class RecorderThread implements AutoCloseable {

	private static final Object END = new Object();

	private final PreviewRecorder recorder;

	private final BlockingQueue<Object> queue = new SynchronousQueue<>();

	private final Thread thread;

	private volatile RuntimeException failure;

	RecorderThread(PreviewRecorder recorder, String name) {
		this.recorder = recorder;
		this.thread = new Thread(this::drain, name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Hands a chunk's plan over; waits while the previous one is still being recorded.
	 */
	void add(ChunkPlan plan) {
		rethrow();
		// only what the preview keeps: the written records are dropped at once
		put(new ChunkPlan(plan.rows(), List.of(), java.util.Map.of(), plan.counts(), List.of(), plan.fillEntity()));
	}

	/** Records what was handed over, then completes the store and makes it visible. */
	PreviewSummary finish(List<Violation> columnWarnings, long maxCustomerNumber) {
		put(END);
		join();
		rethrow();
		return this.recorder.finish(columnWarnings, maxCustomerNumber);
	}

	/**
	 * Stops the thread and closes the recorder (which releases the preview files' lock),
	 * also when the calling thread was interrupted; again is harmless.
	 */
	@Override
	public void close() {
		try {
			if (this.thread.isAlive()) {
				this.thread.interrupt();
				// waited for with the caller's interrupt set aside: the recorder is
				// closed
				// only once this thread no longer writes
				boolean interrupted = Thread.interrupted();
				try {
					this.thread.join(10_000);
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
				finally {
					if (interrupted) {
						Thread.currentThread().interrupt();
					}
				}
			}
		}
		finally {
			this.recorder.close();
		}
	}

	private void drain() {
		try {
			while (true) {
				Object next = this.queue.take();
				if (next == END) {
					return;
				}
				if (this.failure == null) {
					try {
						this.recorder.add((ChunkPlan) next);
					}
					catch (RuntimeException ex) {
						// Keeps taking, so the run never waits for a thread that stopped.
						this.failure = ex;
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void put(Object item) {
		try {
			this.queue.put(item);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while recording the preview", ex);
		}
	}

	private void join() {
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while recording the preview", ex);
		}
	}

	private void rethrow() {
		RuntimeException ex = this.failure;
		if (ex != null) {
			throw new IllegalStateException("Recording the preview failed: " + ex.getMessage(), ex);
		}
	}

}
