package intake.job;

import java.io.InputStream;
import java.util.Optional;

import intake.source.CsvSources;
import intake.source.Detection;

/**
 * Detects an upload's encoding and delimiter while it streams to disk
 * ({@link UploadTap}): the detection reads every byte (one windows-1252 byte at the end
 * decides the encoding), and the result is exactly what detecting the stored file gives.
 * A detection that fails (a workbook, a binary file) is dropped: the analysis decides the
 * format itself and reports.
 */
final class EarlyDetection {

	private final UploadTap<Detection> tap;

	EarlyDetection(SourceRequest request) {
		this.tap = new UploadTap<>("upload-detection",
				(in) -> CsvSources.detect(in, request.charset(), request.delimiter()));
	}

	/** The upload's bytes, each also handed to the detector as it is read. */
	InputStream tee(InputStream content) {
		return this.tap.tee(content);
	}

	/**
	 * Ends the detector's input and waits for it; called once, by the thread that reads
	 * the upload.
	 * @return the detection of every byte the upload read; empty when it failed
	 */
	Optional<Detection> finish() {
		return this.tap.finish();
	}

}
