package intake.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
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
 * A lock this process holds already counts as taken without touching the file again: the
 * operating system's locks belong to the process, and closing any channel on the file,
 * such as a second holder's refused attempt, would drop the first holder's lock.
 */
final class PreviewLock implements AutoCloseable {

	static final String FILE = "preview.lock";

	/** The lock files this process holds. */
	private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);

	private PreviewLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * The lock, if no process holds it now.
	 * @param directory the job's directory
	 * @return the lock, held, or empty when another holder has it
	 */
	static Optional<PreviewLock> tryTake(Path directory) {
		Path file = directory.resolve(FILE).toAbsolutePath().normalize();
		if (!HELD.add(file)) {
			return Optional.empty();
		}
		FileChannel channel = null;
		try {
			// the job's directory is not made again: it is gone once the job is purged
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				HELD.remove(file);
				return Optional.empty();
			}
			return Optional.of(new PreviewLock(file, channel, lock));
		}
		catch (IOException | OverlappingFileLockException ex) {
			closeQuietly(channel);
			HELD.remove(file);
			throw new UncheckedIOException("Could not lock the preview files in " + directory,
					(ex instanceof IOException io) ? io : new IOException(ex));
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
		if (this.open.compareAndSet(true, false)) {
			// closing the channel releases its lock
			closeQuietly(this.channel);
			HELD.remove(this.file);
		}
	}

	boolean held() {
		return this.lock.isValid();
	}

}
