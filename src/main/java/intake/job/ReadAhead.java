package intake.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.function.Function;
import java.util.function.Supplier;

import intake.plan.PlanInput;
import intake.source.RowSource;
import intake.source.SourceRow;

/**
 * Reads and validates the rows of a pass on a thread of its own, one chunk ahead of the
 * thread that plans and writes them: on two cores the file's parsing and conversion run
 * while the database takes the previous chunk. A chunk is handed over directly (the
 * reader waits until it is taken), so besides the chunk being planned at most one is
 * held: a 5,000-row chunk takes some 10 MB of a heap that may be only 256 MB. The source
 * is opened, read and closed by the reading thread alone.
 */
final class ReadAhead implements AutoCloseable {

	private final BlockingQueue<Object> queue = new SynchronousQueue<>();

	private final Thread thread;

	private volatile boolean stopped;

	private boolean ended;

	/**
	 * @param source opens the rows
	 * @param input validates one row
	 * @param chunkSize rows per chunk
	 * @param boundary a row count at which a chunk ends early (the rows an interrupted
	 * run wrote, so no chunk mixes rows to replay with rows to write); 0 for none
	 * @param name the reading thread's name
	 */
	ReadAhead(Supplier<RowSource> source, Function<SourceRow, PlanInput> input, int chunkSize, long boundary,
			String name) {
		this.thread = new Thread(() -> read(source, input, chunkSize, boundary), name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * The next chunk of validated rows, in file order.
	 * @return the chunk, or null after the last one
	 * @throws RuntimeException what reading or validating threw
	 */
	@SuppressWarnings("unchecked")
	List<PlanInput> next() {
		if (this.ended) {
			return null;
		}
		Object item;
		try {
			item = this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the file", ex);
		}
		if (item instanceof End end) {
			this.ended = true;
			if (end.failure() != null) {
				throw end.failure();
			}
			return null;
		}
		return (List<PlanInput>) item;
	}

	/**
	 * Stops the reading thread (if still reading) and waits until it closed the source.
	 */
	@Override
	public void close() {
		this.stopped = true;
		this.queue.clear();
		this.thread.interrupt();
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void read(Supplier<RowSource> source, Function<SourceRow, PlanInput> input, int chunkSize, long boundary) {
		RuntimeException failure = null;
		try (RowSource rows = source.get()) {
			List<PlanInput> chunk = new ArrayList<>(chunkSize);
			long read = 0;
			while (!this.stopped && rows.hasNext()) {
				chunk.add(input.apply(rows.next()));
				read++;
				if (chunk.size() == chunkSize || read == boundary) {
					this.queue.put(chunk);
					chunk = new ArrayList<>(chunkSize);
				}
			}
			if (!chunk.isEmpty() && !this.stopped) {
				this.queue.put(chunk);
			}
		}
		catch (InterruptedException ex) {
			return;
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		catch (Throwable ex) {
			// an Error too ends the pass with a reason rather than leave it waiting
			failure = new IllegalStateException(ex.toString(), ex);
		}
		try {
			if (!this.stopped) {
				this.queue.put(new End(failure));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The last item: the end of the rows, or what stopped reading them. */
	private record End(RuntimeException failure) {
	}

}
