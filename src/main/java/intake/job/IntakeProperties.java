package intake.job;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import intake.plan.PlanMemory;

/**
 * Settings of the import flow ({@code intake.*}).
 *
 * @param dataDir where uploads and per-row analysis results are kept
 * ({@code INTAKE_DATA_DIR}, default {@code ./data})
 * @param undoWindow how long an import stays undoable (default 7 days)
 * @param chunkSize rows per write transaction (default 2000: on 2 cores with a 256 MB
 * heap, 1,000 and 3,000 were slower for a 1M-row file, see BENCHMARKS.md)
 * @param workers how many imports and undos run at once in this instance (default 2)
 * @param heartbeat how often a running instance marks its imports and undos alive
 * (default 5 s); one whose instance missed four heartbeats is taken over by another
 * instance
 * @param purgeInterval how often journals and uploads past their undo window are deleted
 * (default 1 h)
 * @param planAhead whether an import plans its next chunk while the previous one is
 * written ({@code AUTO}, the default: on PostgreSQL, where the two run side by side;
 * {@code ON}; {@code OFF}), for imports whose planner allows it (creating companies)
 * @param companiesInHeap how many of a file's companies a pass keeps in the heap before
 * it spills those met longest ago to a file in the job's directory (0, the default: as
 * many as a quarter of the heap holds, about 430,000 at {@code -Xmx256m})
 */
@ConfigurationProperties("intake")
public record IntakeProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("7d") Duration undoWindow,
		@DefaultValue("2000") int chunkSize, @DefaultValue("2") int workers, @DefaultValue("5s") Duration heartbeat,
		@DefaultValue("1h") Duration purgeInterval, @DefaultValue("AUTO") PlanAhead planAhead,
		@DefaultValue("0") int companiesInHeap) {

	/** How a pass's planner keeps the file's companies, spilling to {@code directory}. */
	public PlanMemory planMemory(Path directory) {
		return (this.companiesInHeap > 0) ? PlanMemory.of(directory, this.companiesInHeap)
				: PlanMemory.ofHeap(directory);
	}

	/** When an import plans a chunk ahead while the previous one is written. */
	public enum PlanAhead {

		/** On PostgreSQL only. */
		AUTO,
		/** Whenever the planner allows it. */
		ON,
		/** Never: each chunk is planned under the tenant lock, then written. */
		OFF

	}

}
