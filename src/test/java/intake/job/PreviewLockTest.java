package intake.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview files' lock holds across processes, as between two instances sharing the
 * data directory, and goes with a process that dies.
 */
class PreviewLockTest {

	@TempDir
	Path directory;

	@Test
	void aSecondHolderInThisProcessWaitsUntilTheFirstReleases() throws Exception {
		PreviewLock first = PreviewLock.tryTake(this.directory).orElseThrow();
		assertThat(first.held()).isTrue();
		assertThat(PreviewLock.tryTake(this.directory)).isEmpty();
		CompletableFuture<PreviewLock> second = CompletableFuture.supplyAsync(() -> {
			try {
				return PreviewLock.take(this.directory);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		Thread.sleep(300);
		assertThat(second).isNotDone();
		first.close();
		first.close();
		try (PreviewLock taken = second.get(10, TimeUnit.SECONDS)) {
			assertThat(taken.held()).isTrue();
			assertThat(first.held()).isFalse();
		}
		assertThat(Files.exists(this.directory.resolve(PreviewLock.FILE))).isTrue();
	}

	@Test
	void anotherProcessHoldingTheLockKeepsItFromThisOneUntilItReleases() throws Exception {
		try (PreviewLockHolder.Child other = PreviewLockHolder.start(this.directory)) {
			assertThat(PreviewLock.tryTake(this.directory)).isEmpty();
			CompletableFuture<PreviewLock> waiting = CompletableFuture.supplyAsync(() -> {
				try {
					return PreviewLock.take(this.directory);
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			});
			Thread.sleep(500);
			assertThat(waiting).isNotDone();
			assertThat(other.release()).isEqualTo("released");
			try (PreviewLock taken = waiting.get(10, TimeUnit.SECONDS)) {
				assertThat(taken.held()).isTrue();
			}
		}
	}

	@Test
	void aKilledHolderLeavesNoLockBehind() throws Exception {
		PreviewLockHolder.Child other = PreviewLockHolder.start(this.directory);
		assertThat(PreviewLock.tryTake(this.directory)).isEmpty();
		// kill -9, as a crashed instance
		other.close();
		Optional<PreviewLock> taken = PreviewLock.tryTake(this.directory);
		assertThat(taken).isPresent();
		taken.get().close();
	}

}
