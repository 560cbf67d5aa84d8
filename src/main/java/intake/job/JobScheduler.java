package intake.job;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs import jobs and their undos through db-scheduler: a started import, and an undo
 * asked for, becomes one task instance in the {@code scheduled_tasks} table, claimed by
 * exactly one instance, kept alive by heartbeats and revived by another instance (or this
 * one after a restart) when its instance dies. The scheduler starts once the application
 * is ready, after the migrations.
 */
@Component
class JobScheduler implements DisposableBean {

	private static final int MISSED_HEARTBEATS = 4;

	private static final Duration UNDO_SWEEP = Duration.ofMinutes(1);

	private static final FailureHandler<String> RETRY_LATER = new FailureHandler.OnFailureRetryLater<>(
			Duration.ofMinutes(5));

	private final ImportRunner runner;

	private final Scheduler scheduler;

	private final CustomTask<String> task;

	private final CustomTask<String> undoTask;

	private final ObjectProvider<Undos> undosProvider;

	/** Set before the scheduler starts: {@link #start()}. */
	private Undos undos;

	JobScheduler(DataSource dataSource, ImportRunner runner, ObjectProvider<Undos> undos, IntakeProperties properties,
			InstanceName name, Purger purger) {
		this.runner = runner;
		this.undosProvider = undos;
		RecurringTask<Void> purge = Tasks.recurring("purge", FixedDelay.of(properties.purgeInterval()))
			.execute((instance, context) -> purger.purgeExpired());
		this.task = jobTask("import", runner::execute);
		this.undoTask = jobTask("undo", (tenantId, jobId) -> this.undos.execute(tenantId, jobId));
		// An undo whose task went missing (the process stopped between the job's change
		// to UNDOING and the task's creation) is queued by the next sweep of any
		// instance.
		RecurringTask<Void> undoSweep = Tasks.recurring("undo-sweep", FixedDelay.of(UNDO_SWEEP))
			.execute((instance, context) -> this.undos.resumeInterrupted());
		this.scheduler = Scheduler.create(dataSource, this.task, this.undoTask)
			.startTasks(purge, undoSweep)
			.schedulerName(new SchedulerName.Fixed(name.get()))
			.threads(Math.max(1, properties.workers()))
			.pollingInterval(Duration.ofSeconds(1))
			.heartbeatInterval(properties.heartbeat())
			.missedHeartbeatsLimit(MISSED_HEARTBEATS)
			.enableImmediateExecution()
			.shutdownMaxWait(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * Starts the scheduler. Undo is resolved before, not when a run needs it: the
	 * shutdown destroys it first (it depends on this scheduler), after which the bean
	 * registry refuses it while runs still end their chunk.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.undos = this.undosProvider.getObject();
		this.runner.useUndos(this.undos);
		this.scheduler.start();
	}

	/** Queues a job; an instance with a free worker claims it. */
	void schedule(long tenantId, String jobId) {
		this.scheduler.schedule(this.task.instance(jobId, tenantId + ":" + jobId), Instant.now());
	}

	/**
	 * Queues the undo of a job that is {@code UNDOING}, unless it is queued or running
	 * already (in this instance or another).
	 * @return whether it was queued now
	 */
	boolean scheduleUndo(long tenantId, String jobId) {
		return this.scheduler.scheduleIfNotExists(this.undoTask.instance(jobId, tenantId + ":" + jobId), Instant.now());
	}

	/** What a job task runs: the job's import, or its undo. */
	@FunctionalInterface
	private interface JobRun {

		void run(long tenantId, String jobId);

	}

	/**
	 * A task whose instances are jobs ({@code tenantId:jobId} its data). A run stopped by
	 * the service's shutdown ({@link StoppedForShutdown}) goes back to the queue at once,
	 * not failed: the next instance that polls (another one, or this one once restarted)
	 * resumes it. Any other failure is retried later, as db-scheduler does by default
	 * (runs end their own faults as FAILED jobs, so this is rare).
	 */
	private static CustomTask<String> jobTask(String name, JobRun run) {
		return Tasks.custom(name, String.class)
			.onDeadExecutionRevive()
			.onFailure(RETRY_LATER)
			.execute((instance, context) -> {
				String data = instance.getData();
				int separator = data.indexOf(':');
				try {
					run.run(Long.parseLong(data.substring(0, separator)), data.substring(separator + 1));
					return (complete, operations) -> operations.remove();
				}
				catch (StoppedForShutdown ex) {
					return (complete, operations) -> operations.reschedule(complete, Instant.now());
				}
			});
	}

	/**
	 * Runs stop after their current chunk, then the scheduler (which waits for them).
	 * Undos, which depend on this scheduler, were told before: {@link Undos#destroy()}.
	 */
	@Override
	public void destroy() {
		this.runner.stopping();
		this.scheduler.stop();
	}

}
