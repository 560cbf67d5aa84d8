package intake.job;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import intake.source.CsvSources;
import intake.source.Detection;
import intake.source.RowSource;

/**
 * Profiles an upload while it streams to disk ({@link UploadTap}), on a guess of how the
 * analysis will read it: the encoding, delimiter and header row its first megabyte gives
 * (the user's choices win, as in the analysis). The analysis decides over the whole file
 * and takes this pass only when it reads the rows exactly as guessed (the same
 * {@link JobSource#readKey()}); otherwise (a windows-1252 byte late in the file, a
 * workbook) it profiles the stored file itself. So the file is parsed and profiled once,
 * at the pace it arrives, instead of after it has arrived.
 */
final class EarlyProfile {

	/** How much of the file the guess is made on. */
	static final int PREFIX = 1024 * 1024;

	/** A profiling pass made on the guess. */
	record Pass(String readKey, List<String> header, ProfilingPass.Result result) {
	}

	private final UploadTap<Pass> tap;

	EarlyProfile(SourceRequest request) {
		this.tap = new UploadTap<>("upload-profile", (in) -> profile(in, request));
	}

	/** The upload's bytes, each also handed to the profiler as it is read. */
	InputStream tee(InputStream content) {
		return this.tap.tee(content);
	}

	/**
	 * Ends the profiler's input and waits for it to finish the pass; called once, by the
	 * thread that reads the upload.
	 * @return the pass, empty when the file could not be read as guessed
	 */
	Optional<Pass> finish() {
		return this.tap.finish();
	}

	/** The pass over the whole stream, or null when the request names a sheet. */
	static Pass profile(InputStream in, SourceRequest request) throws IOException {
		if (request.sheet().isPresent()) {
			return null;
		}
		byte[] prefix = in.readNBytes(PREFIX);
		// Detected on whole lines, so that a character cut at the prefix's end does not
		// look like a wrong encoding.
		int lines = prefix.length;
		if (prefix.length == PREFIX) {
			while (lines > 0 && prefix[lines - 1] != '\n') {
				lines--;
			}
		}
		Detection detection = CsvSources.detect(Arrays.copyOf(prefix, (lines > 0) ? lines : prefix.length),
				request.charset(), request.delimiter());
		int headerRow = request.headerRow()
			.orElseGet(() -> CsvSources.guessHeaderRow(new ByteArrayInputStream(prefix), detection));
		JobSource guess = new JobSource(detection.charset().name(), !detection.charsetGiven(),
				detection.charsetConfidence(), detection.delimiter(), !detection.delimiterGiven(),
				detection.delimiterConfidence(), headerRow, List.of());
		try (RowSource source = guess.open(new SequenceInputStream(new ByteArrayInputStream(prefix), in))) {
			List<String> header = source.header();
			return new Pass(guess.readKey(), header, ProfilingPass.run(source));
		}
	}

}
