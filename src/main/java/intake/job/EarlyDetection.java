package intake.job;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import intake.source.CsvSources;
import intake.source.Detection;

/**
 * Detects an upload's encoding and delimiter while it streams to disk: a second thread
 * reads the same bytes from a bounded queue of chunks, so that the analysis does not read
 * the whole file once more for it (the detection reads every byte: one windows-1252 byte
 * at the end decides the encoding). The result is exactly what detecting the stored file
 * gives. A detection that fails (a workbook, a binary file) is dropped: the analysis
 * decides the format itself and reports. The detector reads to the end even after it has
 * decided or failed, so the upload never waits on it for long.
 */
final class EarlyDetection {

	private static final int CHUNK = 64 * 1024;

	private static final byte[] END = new byte[0];

	private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(32);

	private final Thread detector;

	private byte[] pending = new byte[CHUNK];

	private int filled;

	private boolean finished;

	private volatile Detection detection;

	private volatile boolean broken;

	EarlyDetection(SourceRequest request) {
		InputStream in = new ChunkStream(this.chunks);
		this.detector = new Thread(() -> {
			try {
				this.detection = CsvSources.detect(in, request.charset(), request.delimiter());
			}
			catch (IOException | RuntimeException ex) {
				this.broken = true;
			}
			finally {
				drain(in);
			}
		}, "upload-detection");
		this.detector.setDaemon(true);
		this.detector.start();
	}

	/** The upload's bytes, each also handed to the detector as it is read. */
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
	 * Ends the detector's input and waits for it; called once, by the thread that reads
	 * the upload.
	 * @return the detection of every byte the upload read; empty when it failed
	 */
	Optional<Detection> finish() {
		if (!this.finished) {
			this.finished = true;
			if (this.filled > 0) {
				put(Arrays.copyOf(this.pending, this.filled));
			}
			put(END);
			try {
				this.detector.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.broken = true;
			}
		}
		return this.broken ? Optional.empty() : Optional.ofNullable(this.detection);
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

	/** Waits for room while the detector lives (it always reads to the end). */
	private void put(byte[] chunk) {
		try {
			while (!this.chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
				if (!this.detector.isAlive()) {
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
