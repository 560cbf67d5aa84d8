package intake.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import intake.plan.ChunkPlan;
import intake.plan.PlanInput;
import intake.source.RowSource;
import intake.source.SourceRow;
import intake.validate.RowResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {

	@Test
	void chunksComeInFileOrderAndEndAtTheReplayBoundary() {
		Rows rows = new Rows(23, -1);
		List<List<Long>> chunks = new ArrayList<>();
		try (ReadAhead ahead = new ReadAhead(() -> rows, ReadAheadTest::input, 5, 7, "test-read")) {
			for (List<PlanInput> chunk = ahead.next(); chunk != null; chunk = ahead.next()) {
				chunks.add(chunk.stream().map((c) -> c.result().line()).toList());
			}
			assertThat(ahead.next()).isNull();
		}
		// 7 rows to replay: 5 + 2, then chunks of 5 again
		assertThat(chunks).extracting(List::size).containsExactly(5, 2, 5, 5, 5, 1);
		assertThat(chunks.stream().flatMap(List::stream))
			.containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(2, 24).boxed().toList());
		assertThat(rows.closed).isTrue();
	}

	@Test
	void whatReadingThrewSurfacesAfterTheChunksBeforeIt() {
		Rows rows = new Rows(100, 12);
		try (ReadAhead ahead = new ReadAhead(() -> rows, ReadAheadTest::input, 5, 0, "test-read")) {
			assertThat(ahead.next()).hasSize(5);
			assertThat(ahead.next()).hasSize(5);
			assertThatThrownBy(ahead::next).hasMessageContaining("unreadable line 14");
			assertThat(ahead.next()).isNull();
		}
		assertThat(rows.closed).isTrue();
	}

	@Test
	void closingEarlyStopsTheReaderAndClosesTheSource() {
		Rows rows = new Rows(1_000_000, -1);
		try (ReadAhead ahead = new ReadAhead(() -> rows, ReadAheadTest::input, 10, 0, "test-read")) {
			assertThat(ahead.next()).hasSize(10);
		}
		assertThat(rows.closed).isTrue();
		// it stopped after at most the chunks that fit the queue, not at the end
		assertThat(rows.read.get()).isLessThan(100);
	}

	@Test
	void theRecorderThreadRecordsEveryChunkAndReportsItsFailure() {
		List<Integer> recorded = java.util.Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean closed = new AtomicBoolean();
		PreviewRecorder failing = new PreviewRecorder(null, List.of("companies")) {
			@Override
			void add(ChunkPlan plan) {
				if (plan.rows().isEmpty() && recorded.size() == 2) {
					throw new IllegalArgumentException("disk full");
				}
				recorded.add(recorded.size());
			}

			@Override
			public void close() {
				closed.set(true);
			}
		};
		RecorderThread thread = new RecorderThread(failing, "test-preview");
		ChunkPlan empty = new ChunkPlan(List.of(), List.of(), Map.of(), Map.of());
		thread.add(empty);
		thread.add(empty);
		thread.add(empty);
		assertThatThrownBy(() -> {
			for (int i = 0; i < 10; i++) {
				thread.add(empty);
			}
		}).hasMessageContaining("disk full");
		thread.close();
		assertThat(recorded).hasSize(2);
		assertThat(closed).isTrue();
	}

	private static PlanInput input(SourceRow row) {
		if (row.error().isPresent()) {
			throw new IllegalStateException(row.error().get());
		}
		return new PlanInput(row.fields(), new RowResult(row.line(), Map.of(), List.of(), List.of()));
	}

	/** Rows 2, 3, … ; the row at index {@code failAt} cannot be read. */
	private static final class Rows implements RowSource {

		private final long count;

		private final long failAt;

		final AtomicLong read = new AtomicLong();

		volatile boolean closed;

		Rows(long count, long failAt) {
			this.count = count;
			this.failAt = failAt;
		}

		@Override
		public boolean hasNext() {
			return this.read.get() < this.count;
		}

		@Override
		public SourceRow next() {
			long i = this.read.getAndIncrement();
			Optional<String> error = (i == this.failAt) ? Optional.of("unreadable line " + (i + 2)) : Optional.empty();
			return new SourceRow(i + 2, List.of("a"), List.of(), error);
		}

		@Override
		public List<String> header() {
			return List.of("A");
		}

		@Override
		public long headerLine() {
			return 1;
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
