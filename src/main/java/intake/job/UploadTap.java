package intake.job;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second reader of an upload while it streams to disk: a thread reads the same bytes
 * from a bounded queue of chunks and computes something from them, so that the analysis
 * does not read the whole file once more for it. A reader that fails gives nothing (the
 * analysis then does the work itself and reports). The thread reads to the end even after
 * its reader has returned or failed, so the upload never waits on it for long; while it
 * reads, the upload goes no faster than it.
 *
 * @param <T> what the reader computes
 */
final class UploadTap<T> {

	/** Computes a value from the upload's bytes; null for none. */
	interface Reader<T> {

		T read(InputStream in) throws IOException;

	}

	private static final int CHUNK = 64 * 1024;

	private static final byte[] END = new byte[0];

	private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(32);

	private final Thread thread;

	private byte[] pending = new byte[CHUNK];

	private int filled;

	private boolean finished;

	private volatile T value;

	private volatile boolean broken;

	UploadTap(String name, Reader<T> reader) {
		InputStream in = new ChunkStream(this.chunks);
		this.thread = new Thread(() -> {
			try {
				this.value = reader.read(in);
			}
			catch (IOException | RuntimeException ex) {
				this.broken = true;
			}
			finally {
				drain(in);
			}
		}, name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** The upload's bytes, each also handed to the reading thread as it is read. */
	InputStream tee(InputStream content) {
		return new FilterInputStream(content) {

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					feed(new byte[] { (byte) b }, 0, 1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					feed(buffer, offset, n);
				}
				return n;
			}

		};
	}

	/**
	 * Ends the reading thread's input and waits for it; called once, by the thread that
	 * reads the upload.
	 * @return what the reader computed from every byte the upload read; empty when it
	 * failed or gave none
	 */
	Optional<T> finish() {
		if (!this.finished) {
			this.finished = true;
			if (this.filled > 0) {
				put(Arrays.copyOf(this.pending, this.filled));
			}
			put(END);
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.broken = true;
			}
		}
		return this.broken ? Optional.empty() : Optional.ofNullable(this.value);
	}

	private void feed(byte[] buffer, int offset, int length) {
		int at = offset;
		int left = length;
		while (left > 0) {
			int n = Math.min(left, CHUNK - this.filled);
			System.arraycopy(buffer, at, this.pending, this.filled, n);
			this.filled += n;
			at += n;
			left -= n;
			if (this.filled == CHUNK) {
				put(this.pending);
				this.pending = new byte[CHUNK];
				this.filled = 0;
			}
		}
	}

	/** Waits for room while the reading thread lives (it always reads to the end). */
	private void put(byte[] chunk) {
		try {
			while (!this.chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
				if (!this.thread.isAlive()) {
					this.broken = true;
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.broken = true;
		}
	}

	private static void drain(InputStream in) {
		byte[] sink = new byte[CHUNK];
		try {
			while (in.read(sink) >= 0) {
				// the upload goes on; its bytes are no longer needed here
			}
		}
		catch (IOException ex) {
			// nothing more to read
		}
	}

	/** The chunks as a stream; {@link #END} ends it. */
	private static final class ChunkStream extends InputStream {

		private final BlockingQueue<byte[]> chunks;

		private byte[] current = new byte[0];

		private int position;

		private boolean ended;

		ChunkStream(BlockingQueue<byte[]> chunks) {
			this.chunks = chunks;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xFF);
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			while (this.position == this.current.length) {
				if (this.ended) {
					return -1;
				}
				try {
					this.current = this.chunks.take();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException("interrupted", ex);
				}
				this.position = 0;
				if (this.current == END) {
					this.ended = true;
					return -1;
				}
			}
			int n = Math.min(length, this.current.length - this.position);
			System.arraycopy(this.current, this.position, buffer, offset, n);
			this.position += n;
			return n;
		}

	}

}
