package intake.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;

/**
 * Streams a job as server-sent events named {@code job}: the whole job object at once on
 * connect, then whenever its row changes, until a final status. The job row is read from
 * the database every half second, so this works whichever instance runs the job. Comments
 * keep idle connections open.
 */
@Component
class JobEvents implements DisposableBean {

	private static final long POLL_MILLIS = 500;

	private static final long KEEP_ALIVE_MILLIS = 15_000;

	private static final Duration RETRY = Duration.ofSeconds(2);

	private final ImportJobs imports;

	private final JsonMapper json;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "job-events");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<SseEmitter, Subscription> subscriptions = new ConcurrentHashMap<>();

	private final JobUndo undo;

	JobEvents(ImportJobs imports, JsonMapper json, JobUndo undo) {
		this.imports = imports;
		this.undo = undo;
		this.json = json;
		this.scheduler.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
	}

	/**
	 * Subscribes to a job; throws {@link ImportException} NOT_FOUND for an unknown job.
	 */
	SseEmitter subscribe(long tenantId, String id) {
		ImportJob job = this.imports.get(tenantId, id);
		SseEmitter emitter = new SseEmitter(Duration.ofHours(2).toMillis());
		Subscription subscription = new Subscription(tenantId, id);
		emitter.onCompletion(() -> this.subscriptions.remove(emitter));
		emitter.onTimeout(() -> this.subscriptions.remove(emitter));
		emitter.onError((ex) -> this.subscriptions.remove(emitter));
		// The snapshot goes out before the poller knows the emitter: a poll between the
		// two
		// would send on the same emitter from a second thread, and could complete it
		// before the snapshot.
		send(emitter, subscription, job);
		if (!job.status().isFinal()) {
			this.subscriptions.put(emitter, subscription);
		}
		return emitter;
	}

	private void poll() {
		long now = System.currentTimeMillis();
		for (Map.Entry<SseEmitter, Subscription> entry : this.subscriptions.entrySet()) {
			SseEmitter emitter = entry.getKey();
			Subscription subscription = entry.getValue();
			try {
				ImportJob job = this.imports.get(subscription.tenantId, subscription.jobId);
				if (job.version() != subscription.lastVersion) {
					send(emitter, subscription, job);
				}
				else if (now - subscription.lastSent > KEEP_ALIVE_MILLIS) {
					emitter.send(SseEmitter.event().comment("keep-alive"));
					subscription.lastSent = now;
				}
			}
			catch (IOException | RuntimeException ex) {
				this.subscriptions.remove(emitter);
				emitter.completeWithError(ex);
			}
		}
	}

	private void send(SseEmitter emitter, Subscription subscription, ImportJob job) {
		try {
			emitter.send(SseEmitter.event()
				.name("job")
				.id(Long.toString(job.version()))
				.reconnectTime(RETRY.toMillis())
				.data(this.json.writeValueAsString(this.undo.withUndo(JobView.of(job), subscription.tenantId)),
						MediaType.APPLICATION_JSON));
			subscription.lastVersion = job.version();
			subscription.lastSent = System.currentTimeMillis();
			if (job.status().isFinal()) {
				this.subscriptions.remove(emitter);
				emitter.complete();
			}
		}
		catch (IOException ex) {
			this.subscriptions.remove(emitter);
			emitter.completeWithError(ex);
		}
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
		this.subscriptions.keySet().forEach(SseEmitter::complete);
	}

	private static final class Subscription {

		final long tenantId;

		final String jobId;

		volatile long lastVersion = -1;

		volatile long lastSent;

		Subscription(long tenantId, String jobId) {
			this.tenantId = tenantId;
			this.jobId = jobId;
		}

	}

}
