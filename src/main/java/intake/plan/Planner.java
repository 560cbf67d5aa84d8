package intake.plan;

import java.util.List;

/**
 * Turns validated rows into records to write, chunk by chunk, for one import pass. Not
 * thread-safe: one planner per pass, closed when the pass ends (it deletes the files it
 * spilled to, if any).
 */
public interface Planner extends AutoCloseable {

	/**
	 * Plans one chunk of rows, in file order.
	 * @param chunk the validated rows
	 * @return the rows' outcomes and the records to write
	 */
	ChunkPlan plan(List<PlanInput> chunk);

	/**
	 * Plans a chunk that an interrupted run of this import already wrote, to rebuild what
	 * the planner knows before the run goes on after it. The plan must not be written.
	 * @param chunk the validated rows, exactly as the interrupted run planned them
	 * @return the plan, for inspection only
	 */
	ChunkPlan replay(List<PlanInput> chunk);

	/**
	 * The customer number the next company without one would get, for the writer to check
	 * against what others stored meanwhile; empty for planners that number nothing.
	 */
	default java.util.OptionalLong nextCustomerNumber() {
		return java.util.OptionalLong.empty();
	}

	/**
	 * Gives companies without a customer number numbers from {@code next} on (never lower
	 * than the planner would anyway): another writer took numbers above the ones this
	 * pass started from.
	 */
	default void customerNumbersFrom(long next) {
	}

	/**
	 * Whether the next chunk may be planned while the previous one is still being
	 * written, outside the writer's transaction. True only where a chunk's plan depends
	 * on the earlier chunks of this pass through what the planner remembers, never
	 * through what they stored, and on other writers only through look-ups made when
	 * planning starts (the runner re-plans when another writer committed in between).
	 */
	default boolean plansAhead() {
		return false;
	}

	/**
	 * How many of the file's records this pass moved from the heap to its spill file so
	 * far (a record moved twice counts twice).
	 */
	default long spilled() {
		return 0;
	}

	/** Releases what the pass held outside the heap (spill files). */
	@Override
	default void close() {
	}

}
