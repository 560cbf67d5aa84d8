package intake.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Keeps each job's uploaded file and its analysis results in the data directory, so a job
 * can be previewed, started and resumed after a restart.
 */
@Component
class UploadStore {

	private static final String ERASED = "erased";

	private final Path root;

	UploadStore(IntakeProperties properties) {
		this.root = properties.dataDir().resolve("jobs").toAbsolutePath().normalize();
	}

	/**
	 * Streams an upload to disk.
	 * @return the stored size in bytes
	 */
	long store(String jobId, InputStream content) {
		Path dir = directory(jobId);
		try {
			Files.createDirectories(dir);
			Path partial = dir.resolve("upload.part");
			long size = Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, file(jobId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the upload of job " + jobId, ex);
		}
	}

	Path file(String jobId) {
		return directory(jobId).resolve("upload");
	}

	Path directory(String jobId) {
		if (!jobId.matches("[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("Not a job id: " + jobId);
		}
		return this.root.resolve(jobId);
	}

	/**
	 * Deletes the job's files because they hold personal data of a record erased on
	 * request, leaving a mark that says so.
	 */
	void erase(String jobId) {
		delete(jobId);
		try {
			Files.createDirectories(directory(jobId));
			Files.writeString(directory(jobId).resolve(ERASED), "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not mark the files of job " + jobId + " erased", ex);
		}
	}

	/** Whether the job's files were deleted by {@link #erase}. */
	boolean erased(String jobId) {
		return Files.exists(directory(jobId).resolve(ERASED));
	}

	void delete(String jobId) {
		Path dir = directory(jobId);
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the files of job " + jobId, ex);
		}
	}

}
