package intake.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The lock on a job's preview files that every process sharing the data directory
 * honours: an operating-system lock on {@code preview.lock} in the job's directory. A
 * request builds a preview only while it holds it, and an import whose run records the
 * preview holds it until the recording ends, so no two instances write one revision's
 * files at once. The operating system drops it when its process dies: a crashed instance
 * leaves no stale lock behind.
 * <p>
 * Within one process the job's monitor in {@link Previews} orders the callers first; a
 * lock this process holds already counts as taken (the JVM would refuse it anyway).
 */
final class PreviewLock implements AutoCloseable {

	static final String FILE = "preview.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private PreviewLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * The lock, if no process holds it now.
	 * @param directory the job's directory
	 * @return the lock, held, or empty when another holder has it
	 */
	static Optional<PreviewLock> tryTake(Path directory) {
		FileChannel channel = null;
		try {
			Files.createDirectories(directory);
			channel = FileChannel.open(directory.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				return Optional.empty();
			}
			return Optional.of(new PreviewLock(channel, lock));
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Could not lock the preview files in " + directory, ex);
		}
	}

	/**
	 * The lock, waited for as long as another holder keeps it (a build of the preview
	 * ends; an import recording it holds it until it ends).
	 * @param directory the job's directory
	 * @return the lock, held
	 * @throws InterruptedException when the thread is interrupted while waiting
	 */
	static PreviewLock take(Path directory) throws InterruptedException {
		while (true) {
			Optional<PreviewLock> lock = tryTake(directory);
			if (lock.isPresent()) {
				return lock.get();
			}
			Thread.sleep(50);
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// the lock goes with the channel; nothing else to undo
			}
		}
	}

	/** Releases the lock; again is harmless. */
	@Override
	public void close() {
		// closing the channel releases its lock
		closeQuietly(this.channel);
	}

	boolean held() {
		return this.lock.isValid();
	}

}
