package intake.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import intake.source.RowSource;
import intake.validate.ColumnProfile;
import intake.validate.ColumnProfiler;

/**
 * The analysis pass over a file's rows: counts them while a second thread profiles every
 * column (samples, empty share, date orders, decimal styles) and notes the largest
 * numbers. Parsing and profiling cost about the same, so on two cores the pass takes
 * about half the time of doing both in one thread. Memory stays bounded: at most
 * {@link #QUEUED} batches of {@link #BATCH} rows wait between the two threads.
 */
final class ProfilingPass {

	static final int BATCH = 1024;

	static final int QUEUED = 8;

	private static final List<List<String>> END = List.of();

	/** What the pass found. */
	record Result(long rows, List<ColumnProfile> profiles, long[] maxNumbers) {
	}

	private ProfilingPass() {
	}

	/**
	 * Reads the source to its end (the header already read); a fault of the source or of
	 * the profiler is thrown here.
	 */
	static Result run(RowSource source) {
		ColumnProfiler profiler = new ColumnProfiler();
		ColumnMaxima maxima = new ColumnMaxima();
		BlockingQueue<List<List<String>>> queue = new ArrayBlockingQueue<>(QUEUED);
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Thread worker = new Thread(() -> {
			try {
				for (List<List<String>> batch = queue.take(); batch != END; batch = queue.take()) {
					for (List<String> fields : batch) {
						profiler.accept(fields);
						maxima.accept(fields);
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				failure.set(ex);
				queue.clear();
			}
		}, "analysis-profiler");
		worker.setDaemon(true);
		worker.start();
		long rows = 0;
		boolean ended = false;
		try {
			List<List<String>> batch = new ArrayList<>(BATCH);
			while (source.hasNext() && failure.get() == null) {
				batch.add(source.next().fields());
				rows++;
				if (batch.size() == BATCH) {
					put(queue, batch, failure);
					batch = new ArrayList<>(BATCH);
				}
			}
			put(queue, batch, failure);
			put(queue, END, failure);
			ended = true;
			worker.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The analysis was interrupted", ex);
		}
		finally {
			if (!ended) {
				worker.interrupt();
			}
		}
		if (failure.get() != null) {
			throw failure.get();
		}
		return new Result(rows, profiler.profiles(), maxima.values());
	}

	/** Waits for room unless the profiler failed (then it takes no more). */
	private static void put(BlockingQueue<List<List<String>>> queue, List<List<String>> batch,
			AtomicReference<RuntimeException> failure) throws InterruptedException {
		while (failure.get() == null) {
			if (queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
				return;
			}
		}
	}

}
