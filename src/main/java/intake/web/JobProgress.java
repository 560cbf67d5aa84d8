package intake.web;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;

/**
 * The job page's live status as server-sent events of HTML for the htmx SSE extension,
 * the way the API's {@code JobEvents} streams the job object: the job row is read every
 * half second (so this works whichever instance runs the job) and an event goes out at
 * once on connect and whenever the row changes. While the job runs, each event is named
 * {@code progress} and carries the progress fragment; the event of a final status is
 * named {@code done} and carries the whole status block, without {@code sse-connect}, so
 * the browser stops listening when it swaps it in and the stream ends. Comments keep idle
 * connections open. The fragments are rendered in the language of the page that
 * connected.
 */
@Component
class JobProgress implements DisposableBean {

	private static final long POLL_MILLIS = 500;

	private static final long KEEP_ALIVE_MILLIS = 15_000;

	private static final Duration RETRY = Duration.ofSeconds(2);

	private static final String TEMPLATE = "wizard/job";

	private final ImportJobs imports;

	private final ITemplateEngine templates;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "job-progress");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<SseEmitter, Subscription> subscriptions = new ConcurrentHashMap<>();

	JobProgress(ImportJobs imports, ITemplateEngine templates) {
		this.imports = imports;
		this.templates = templates;
		this.scheduler.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
	}

	/**
	 * Subscribes to a job; throws {@link ImportException} NOT_FOUND for an unknown job.
	 */
	SseEmitter subscribe(long tenantId, String id, Locale locale) {
		ImportJob job = this.imports.get(tenantId, id);
		SseEmitter emitter = new SseEmitter(Duration.ofHours(2).toMillis());
		Subscription subscription = new Subscription(tenantId, id, locale);
		emitter.onCompletion(() -> this.subscriptions.remove(emitter));
		emitter.onTimeout(() -> this.subscriptions.remove(emitter));
		emitter.onError((ex) -> this.subscriptions.remove(emitter));
		// Registered for polling only after the first event, so that the poller never
		// sends before it or after a final one.
		if (send(emitter, subscription, job)) {
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

	/** Sends the job's event; whether the stream goes on. */
	private boolean send(SseEmitter emitter, Subscription subscription, ImportJob job) {
		boolean last = job.status().isFinal();
		try {
			emitter.send(SseEmitter.event()
				.name(last ? "done" : "progress")
				.id(Long.toString(job.version()))
				.reconnectTime(RETRY.toMillis())
				.data(render(job, last ? "jobStatus" : "jobProgress", subscription.locale), MediaType.TEXT_HTML));
			subscription.lastVersion = job.version();
			subscription.lastSent = System.currentTimeMillis();
			if (last) {
				this.subscriptions.remove(emitter);
				emitter.complete();
			}
			return !last;
		}
		catch (IOException ex) {
			this.subscriptions.remove(emitter);
			emitter.completeWithError(ex);
			return false;
		}
	}

	/** A fragment of the job page, on one line (an event's data is line-based). */
	String render(ImportJob job, String fragment, Locale locale) {
		Context context = new Context(locale,
				Map.of("job", JobCard.of(job, locale, OffsetDateTime.now()), "streamed", true));
		return this.templates.process(TEMPLATE, Set.of(fragment), context).replaceAll("\\s*[\\r\\n]+\\s*", " ");
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
		this.subscriptions.keySet().forEach(SseEmitter::complete);
	}

	private static final class Subscription {

		final long tenantId;

		final String jobId;

		final Locale locale;

		volatile long lastVersion = -1;

		volatile long lastSent;

		Subscription(long tenantId, String jobId, Locale locale) {
			this.tenantId = tenantId;
			this.jobId = jobId;
			this.locale = locale;
		}

	}

}
