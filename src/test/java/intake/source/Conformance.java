package intake.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Locates the shared third-party conformance material. Missing material fails the build
 * when {@code CI=true} and skips the suite otherwise.
 */
final class Conformance {

	static final Path ROOT = Path.of("../shared/conformance");

	private Conformance() {
	}

	/**
	 * Returns a file or folder of the material, after checking that the material exists.
	 */
	static Path path(String relative) {
		boolean present = Files.isDirectory(ROOT);
		if ("true".equals(System.getenv("CI"))) {
			assertThat(present).as("conformance material at %s (required when CI=true)", ROOT.toAbsolutePath())
				.isTrue();
		}
		else {
			assumeTrue(present, () -> "Conformance material not found at " + ROOT.toAbsolutePath()
					+ "; skipping (set CI=true to make this a failure)");
		}
		Path path = ROOT.resolve(relative);
		assertThat(path).as("conformance file").exists();
		return path;
	}

	static Detection detect(Path file) {
		return CsvSources.detect(file, Optional.empty(), Optional.empty());
	}

	/**
	 * Reads every record of a file with detection and no header rule.
	 */
	static List<List<String>> records(Path file) {
		Detection detection = detect(file);
		try (RowSource rows = CsvSources.open(file, detection, 0)) {
			List<List<String>> records = new ArrayList<>();
			rows.forEachRemaining((row) -> records.add(row.fields()));
			return records;
		}
	}

	/**
	 * Reads every record of a file through the record layer with detected settings.
	 */
	static List<RawRecord> rawRecords(Path file) {
		Detection detection = detect(file);
		try (RecordReader reader = CsvSources.records(newInputStream(file), detection.charset(),
				detection.delimiter())) {
			List<RawRecord> records = new ArrayList<>();
			reader.forEachRemaining(records::add);
			return records;
		}
	}

	private static java.io.InputStream newInputStream(Path file) {
		try {
			return Files.newInputStream(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String decoded(Path file, String charset) {
		try {
			return new String(Files.readAllBytes(file), charset);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
