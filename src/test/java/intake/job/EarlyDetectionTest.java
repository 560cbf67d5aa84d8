package intake.job;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import intake.source.CsvSources;
import intake.source.Detection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Detection while the upload streams gives what detecting the stored bytes gives, passes
 * every byte through unchanged, and drops a detection that fails.
 */
class EarlyDetectionTest {

	static final SourceRequest AUTO = new SourceRequest(Optional.empty(), Optional.empty(), Optional.empty(),
			Optional.empty());

	/**
	 * A file whose only non-ASCII byte comes after many chunks: it decides the encoding.
	 */
	static byte[] lateNordic(int rows, String charset) {
		StringBuilder csv = new StringBuilder("Name,City\r\n");
		for (int i = 0; i < rows; i++) {
			csv.append("Company ").append(i).append(",Umea\r\n");
		}
		csv.append("Sista Bolaget,Umeå\r\n");
		return csv.toString().getBytes(Charset.forName(charset));
	}

	/** 300 KB that begin like a ZIP file (a workbook): no text to detect. */
	static byte[] zipLike() {
		byte[] zip = new byte[300_000];
		zip[0] = 'P';
		zip[1] = 'K';
		zip[2] = 3;
		zip[3] = 4;
		return zip;
	}

	static Optional<Detection> early(byte[] bytes, SourceRequest request, int readSize) throws IOException {
		EarlyDetection early = new EarlyDetection(request);
		byte[] copy = new byte[bytes.length];
		int at = 0;
		try (InputStream in = early.tee(new ByteArrayInputStream(bytes))) {
			for (int n = in.read(copy, at, Math.min(readSize, copy.length - at)); n > 0; n = in.read(copy, at,
					Math.min(readSize, copy.length - at))) {
				at += n;
			}
		}
		assertThat(at).isEqualTo(bytes.length);
		assertThat(copy).isEqualTo(bytes);
		return early.finish();
	}

	@ParameterizedTest
	@ValueSource(strings = { "windows-1252", "UTF-8", "UTF-16LE" })
	void givesWhatDetectingTheStoredBytesGives(String charset) throws IOException {
		byte[] bytes = lateNordic(60_000, charset);
		Detection stored = CsvSources.detect(bytes, Optional.empty(), Optional.empty());
		for (int readSize : new int[] { 1, 8192, 100_000 }) {
			assertThat(early(bytes, AUTO, readSize)).contains(stored);
		}
	}

	@Test
	void theUsersChoicesApplyAsInTheAnalysis() throws IOException {
		byte[] bytes = lateNordic(100, "windows-1252");
		SourceRequest chosen = new SourceRequest(Optional.of(StandardCharsets.ISO_8859_1), Optional.of(';'),
				Optional.empty(), Optional.empty());
		Detection stored = CsvSources.detect(bytes, Optional.of(StandardCharsets.ISO_8859_1), Optional.of(';'));
		assertThat(early(bytes, chosen, 4096)).contains(stored);
	}

	@Test
	void aFailedDetectionIsDroppedAndTheUploadStillPassesThrough() throws IOException {
		assertThat(early(zipLike(), AUTO, 8192)).isEmpty();
		assertThat(early(new byte[0], AUTO, 8192)).isEmpty();
	}

}
