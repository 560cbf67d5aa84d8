package intake.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows jobs for live views (the API's event stream, the job page's progress): one
 * thread reads each watched job's row every half second — the row is the single source of
 * truth, so this works whichever instance runs the job — and tells the watcher when its
 * version changed, or that nothing did for a while (to keep a connection open). Watchers
 * are called from that one thread only, after the first call, which {@link #watch} makes
 * itself.
 * <p>
 * When the service stops, the views are ended first ({@link Watcher#ended}), before the
 * web server's graceful shutdown, which would otherwise wait for their open connections
 * until its time is up; their clients reconnect (to another instance) as told.
 */
@Component
public class JobWatch implements SmartLifecycle, DisposableBean {

	private static final long POLL_MILLIS = 500;

	private static final long IDLE_MILLIS = 15_000;

	private final ImportJobs imports;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "job-watch");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<Watcher, Watched> watched = new ConcurrentHashMap<>();

	private volatile boolean running;

	/** Set by {@link #stop}: views that subscribe from then on end after the snapshot. */
	private volatile boolean stopping;

	JobWatch(ImportJobs imports) {
		this.imports = imports;
		this.scheduler.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** What a live view does with a job. */
	public interface Watcher {

		/**
		 * The job as it is now: at once on {@link #watch}, then after each change.
		 * @return whether to go on watching (false after a final status)
		 * @throws Exception when the view is gone: watching stops and {@link #failed} is
		 * called
		 */
		boolean changed(ImportJob job) throws Exception;

		/** Nothing changed for 15 s. */
		void idle() throws Exception;

		/** Watching stopped because the job could not be read or the view failed. */
		void failed(Exception ex);

		/**
		 * The service is stopping: end the view, so that its client reconnects to an
		 * instance that runs.
		 */
		default void ended() {
			failed(new IllegalStateException("the service is stopping"));
		}

	}

	/**
	 * Calls {@code watcher} with the job at once, in this thread, and then, unless it
	 * said to stop, from the watch thread on every change.
	 * @param job the job as just read (so that an unknown job fails in the caller)
	 * @return stops watching; safe to call more than once
	 */
	public Runnable watch(ImportJob job, Watcher watcher) {
		Watched entry = new Watched(job.tenantId(), job.id());
		if (entry.deliver(job, watcher)) {
			this.watched.put(watcher, entry);
			if (this.stopping) {
				// subscribed while the service stops: the snapshot, and no more
				this.scheduler.execute(this::endAll);
			}
		}
		return () -> this.watched.remove(watcher);
	}

	/** Ends every view; on the watch thread, as every call after the first. */
	private void endAll() {
		for (Watcher watcher : this.watched.keySet()) {
			if (this.watched.remove(watcher) != null) {
				try {
					watcher.ended();
				}
				catch (RuntimeException ex) {
					// the view is gone already
				}
			}
		}
	}

	@Override
	public void start() {
		this.stopping = false;
		this.running = true;
	}

	/**
	 * Ends the views before the web server's graceful shutdown (a later phase) waits for
	 * open requests: an event stream would keep it waiting until its time is up.
	 */
	@Override
	public void stop() {
		this.stopping = true;
		this.running = false;
		try {
			this.scheduler.submit(this::endAll).get(5, TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
				| java.util.concurrent.RejectedExecutionException ex) {
			// ended by destroy() at the latest
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// stopped first: the web server's graceful shutdown runs in a lower phase
		return SmartLifecycle.DEFAULT_PHASE;
	}

	private void poll() {
		long now = System.currentTimeMillis();
		for (Map.Entry<Watcher, Watched> each : this.watched.entrySet()) {
			Watcher watcher = each.getKey();
			Watched entry = each.getValue();
			try {
				ImportJob job = this.imports.get(entry.tenantId, entry.jobId);
				if (job.version() != entry.lastVersion) {
					if (!entry.deliver(job, watcher)) {
						this.watched.remove(watcher);
					}
				}
				else if (now - entry.lastCall > IDLE_MILLIS) {
					watcher.idle();
					entry.lastCall = now;
				}
			}
			catch (Exception ex) {
				this.watched.remove(watcher);
				watcher.failed(ex);
			}
		}
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
		this.watched.keySet().forEach((watcher) -> watcher.failed(new IllegalStateException("shutting down")));
		this.watched.clear();
	}

	private static final class Watched {

		final long tenantId;

		final String jobId;

		volatile long lastVersion = -1;

		volatile long lastCall;

		Watched(long tenantId, String jobId) {
			this.tenantId = tenantId;
			this.jobId = jobId;
		}

		/** Whether to go on; a failing watcher is told and stops. */
		boolean deliver(ImportJob job, Watcher watcher) {
			this.lastVersion = job.version();
			this.lastCall = System.currentTimeMillis();
			try {
				return watcher.changed(job);
			}
			catch (Exception ex) {
				watcher.failed(ex);
				return false;
			}
		}

	}

}
