package intake.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Follows jobs for live views (the API's event stream, the job page's progress): one
 * thread reads each watched job's row every half second — the row is the single source of
 * truth, so this works whichever instance runs the job — and tells the watcher when its
 * version changed, or that nothing did for a while (to keep a connection open). Watchers
 * are called from that one thread only, after the first call, which {@link #watch} makes
 * itself.
 */
@Component
public class JobWatch implements DisposableBean {

	private static final long POLL_MILLIS = 500;

	private static final long IDLE_MILLIS = 15_000;

	private final ImportJobs imports;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "job-watch");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<Watcher, Watched> watched = new ConcurrentHashMap<>();

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
		}
		return () -> this.watched.remove(watcher);
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
