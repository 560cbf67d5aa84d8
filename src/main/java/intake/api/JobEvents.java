package intake.api;

import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.JobWatch;

/**
 * Streams a job as server-sent events named {@code job}: the whole job object at once on
 * connect, then whenever its row changes ({@link JobWatch}), until a final status.
 * Comments keep idle connections open.
 */
@Component
class JobEvents {

	private static final Duration RETRY = Duration.ofSeconds(2);

	private final ImportJobs imports;

	private final JobWatch watch;

	private final JsonMapper json;

	private final JobUndo undo;

	JobEvents(ImportJobs imports, JobWatch watch, JsonMapper json, JobUndo undo) {
		this.imports = imports;
		this.watch = watch;
		this.json = json;
		this.undo = undo;
	}

	/**
	 * Subscribes to a job; throws {@link ImportException} NOT_FOUND for an unknown job.
	 */
	SseEmitter subscribe(long tenantId, String id) {
		ImportJob job = this.imports.get(tenantId, id);
		SseEmitter emitter = new SseEmitter(Duration.ofHours(2).toMillis());
		Runnable stop = this.watch.watch(job, new JobWatch.Watcher() {

			@Override
			public boolean changed(ImportJob now) throws Exception {
				emitter.send(
						SseEmitter.event()
							.name("job")
							.id(Long.toString(now.version()))
							.reconnectTime(RETRY.toMillis())
							.data(JobEvents.this.json
								.writeValueAsString(JobEvents.this.undo.withUndo(JobView.of(now), tenantId)),
									MediaType.APPLICATION_JSON));
				if (now.status().isFinal()) {
					emitter.complete();
					return false;
				}
				return true;
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

}
