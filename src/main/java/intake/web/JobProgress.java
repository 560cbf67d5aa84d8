package intake.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.JobWatch;

/**
 * The job page's live status as server-sent events of HTML for the htmx SSE extension,
 * the way the API's {@code JobEvents} streams the job object ({@link JobWatch}): an event
 * goes out at once on connect and whenever the job's row changes. While the job runs,
 * each event is named {@code progress} and carries the progress fragment; the event of a
 * final status is named {@code done} and carries the whole status block, without
 * {@code sse-connect}, so the browser stops listening when it swaps it in and the stream
 * ends. Comments keep idle connections open. The fragments are rendered in the language
 * of the page that connected.
 */
@Component
class JobProgress {

	private static final Duration RETRY = Duration.ofSeconds(2);

	private static final String TEMPLATE = "wizard/job";

	private final ImportJobs imports;

	private final JobWatch watch;

	private final ITemplateEngine templates;

	JobProgress(ImportJobs imports, JobWatch watch, ITemplateEngine templates) {
		this.imports = imports;
		this.watch = watch;
		this.templates = templates;
	}

	/**
	 * Subscribes to a job; throws {@link ImportException} NOT_FOUND for an unknown job.
	 */
	SseEmitter subscribe(long tenantId, String id, Locale locale) {
		ImportJob job = this.imports.get(tenantId, id);
		SseEmitter emitter = new SseEmitter(Duration.ofHours(2).toMillis());
		Runnable stop = this.watch.watch(job, new JobWatch.Watcher() {

			@Override
			public boolean changed(ImportJob now) throws Exception {
				boolean last = now.status().isFinal();
				emitter.send(SseEmitter.event()
					.name(last ? "done" : "progress")
					.id(Long.toString(now.version()))
					.reconnectTime(RETRY.toMillis())
					.data(render(now, last ? "jobStatus" : "jobProgress", locale), MediaType.TEXT_HTML));
				if (last) {
					emitter.complete();
				}
				return !last;
			}

			@Override
			public void idle() throws Exception {
				emitter.send(SseEmitter.event().comment("keep-alive"));
			}

			@Override
			public void failed(Exception ex) {
				emitter.completeWithError(ex);
			}

			@Override
			public void ended() {
				// the client reconnects after the retry time the events gave it
				emitter.complete();
			}

		});
		emitter.onCompletion(stop);
		emitter.onTimeout(stop);
		emitter.onError((ex) -> stop.run());
		return emitter;
	}

	/** A fragment of the job page, on one line (an event's data is line-based). */
	String render(ImportJob job, String fragment, Locale locale) {
		Context context = new Context(locale,
				Map.of("job", JobCard.of(job, locale, OffsetDateTime.now()), "streamed", true));
		return this.templates.process(TEMPLATE, Set.of(fragment), context).replaceAll("\\s*[\\r\\n]+\\s*", " ");
	}

}
