package intake.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
		CompletableFuture<PreviewLock> second = waitingInThisProcess();
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
	void aRefusedAttemptInThisProcessLeavesTheHeldLockInForce() throws Exception {
		try (PreviewLock held = PreviewLock.tryTake(this.directory).orElseThrow()) {
			assertThat(PreviewLockHolder.tryInAnotherProcess(this.directory)).isEqualTo("refused");
			// a second attempt here must not touch the file: closing a channel on it
			// would drop this process's lock
			assertThat(PreviewLock.tryTake(this.directory)).isEmpty();
			assertThat(PreviewLock.tryTake(this.directory)).isEmpty();
			assertThat(PreviewLockHolder.tryInAnotherProcess(this.directory)).isEqualTo("refused");
			assertThat(held.held()).isTrue();
		}
		assertThat(PreviewLockHolder.tryInAnotherProcess(this.directory)).isEqualTo("taken");
	}

	@Test
	void aJobDirectoryThatIsGoneIsNotMadeAgain() {
		Path purged = this.directory.resolve("purged-job");
		assertThatThrownBy(() -> PreviewLock.tryTake(purged)).isInstanceOf(java.io.UncheckedIOException.class);
		assertThat(purged).doesNotExist();
	}

	@Test
	void anotherProcessHoldingTheLockKeepsItFromThisOneUntilItReleases() throws Exception {
		try (PreviewLockHolder.Child other = PreviewLockHolder.start(this.directory)) {
			assertThat(PreviewLock.tryTake(this.directory)).isEmpty();
			CompletableFuture<PreviewLock> waiting = waitingInThisProcess();
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

	/** A thread of this process waiting for the lock. */
	private CompletableFuture<PreviewLock> waitingInThisProcess() {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return PreviewLockHolder.waitFor(this.directory);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
