package intake.job;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs import jobs through db-scheduler: a started job becomes one task instance in the
 * {@code scheduled_tasks} table, claimed by exactly one instance, kept alive by
 * heartbeats and revived by another instance (or this one after a restart) when its
 * instance dies. The scheduler starts once the application is ready, after the
 * migrations.
 */
@Component
class JobScheduler implements DisposableBean {

	private static final int MISSED_HEARTBEATS = 4;

	private static final FailureHandler<String> RETRY_LATER = new FailureHandler.OnFailureRetryLater<>(
			Duration.ofMinutes(5));

	private final ImportRunner runner;

	private final Scheduler scheduler;

	private final OneTimeTask<String> task;

	JobScheduler(DataSource dataSource, ImportRunner runner, IntakeProperties properties, InstanceName name,
			Purger purger) {
		this.runner = runner;
		RecurringTask<Void> purge = Tasks.recurring("purge", FixedDelay.of(properties.purgeInterval()))
			.execute((instance, context) -> purger.purgeExpired());
		this.task = Tasks.oneTime("import", String.class)
			.onDeadExecutionRevive()
			.onFailure(JobScheduler::onFailure)
			.execute((instance, context) -> {
				String data = instance.getData();
				int separator = data.indexOf(':');
				runner.execute(Long.parseLong(data.substring(0, separator)), data.substring(separator + 1));
			});
		this.scheduler = Scheduler.create(dataSource, this.task)
			.startTasks(purge)
			.schedulerName(new SchedulerName.Fixed(name.get()))
			.threads(Math.max(1, properties.workers()))
			.pollingInterval(Duration.ofSeconds(1))
			.heartbeatInterval(properties.heartbeat())
			.missedHeartbeatsLimit(MISSED_HEARTBEATS)
			.enableImmediateExecution()
			.shutdownMaxWait(Duration.ofSeconds(5))
			.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.scheduler.start();
	}

	/** Queues a job; an instance with a free worker claims it. */
	void schedule(long tenantId, String jobId) {
		this.scheduler.schedule(this.task.instance(jobId, tenantId + ":" + jobId), Instant.now());
	}

	/**
	 * A run stopped by the service's shutdown goes back to the queue at once: the next
	 * instance that polls (another one, or this one once restarted) resumes it. Any other
	 * failure is retried later, as db-scheduler does by default (runs end their own
	 * faults as FAILED jobs, so this is rare).
	 */
	private static void onFailure(ExecutionComplete complete, ExecutionOperations<String> operations) {
		if (complete.getCause().filter(StoppedForShutdown.class::isInstance).isPresent()) {
			operations.reschedule(complete, Instant.now());
		}
		else {
			RETRY_LATER.onFailure(complete, operations);
		}
	}

	/** Runs stop after their current chunk, then the scheduler (which waits for them). */
	@Override
	public void destroy() {
		this.runner.stopping();
		this.scheduler.stop();
	}

}
