package intake.plan;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How much a planner keeps of a file's records in the heap. A companies file's planner
 * knows every company of the file by its natural keys, so that later rows join it; past
 * {@code groupsInHeap} companies it moves those it has not met for longest to a spill
 * file in {@code spillDirectory} and reads them back when a row names them again. Its
 * memory then stays flat however many companies the file holds.
 *
 * @param spillDirectory where spill files go; empty: nothing is spilled (memory grows
 * with the file's companies)
 * @param groupsInHeap the most companies kept in the heap
 */
public record PlanMemory(Optional<Path> spillDirectory, int groupsInHeap) {

	/**
	 * Bytes one company takes in the heap, with its keys' table slots (measured: 155).
	 */
	static final int BYTES_PER_GROUP = 200;

	/** Nothing spilled. */
	public static final PlanMemory UNBOUNDED = new PlanMemory(Optional.empty(), Integer.MAX_VALUE);

	public PlanMemory {
		Objects.requireNonNull(spillDirectory, "spillDirectory");
		if (groupsInHeap < 1) {
			throw new IllegalArgumentException("groupsInHeap must be at least 1: " + groupsInHeap);
		}
	}

	/**
	 * A quarter of the JVM's heap for a pass's companies (at {@code -Xmx256m} about
	 * 430,000: the 357,250 of the benchmark's 1M-row file stay in the heap, where
	 * spilling 200,000 of them cost 5 s of a 27–33 s import), spilled to a directory
	 * beyond that.
	 */
	public static PlanMemory ofHeap(Path spillDirectory) {
		long share = Runtime.getRuntime().maxMemory() / 4 / BYTES_PER_GROUP;
		return new PlanMemory(Optional.of(spillDirectory), (int) Math.max(1_000, Math.min(Integer.MAX_VALUE, share)));
	}

	/** A given number of companies in the heap, spilled to a directory beyond that. */
	public static PlanMemory of(Path spillDirectory, int groupsInHeap) {
		return new PlanMemory(Optional.of(spillDirectory), groupsInHeap);
	}

}
