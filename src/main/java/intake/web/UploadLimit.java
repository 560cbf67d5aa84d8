package intake.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest file the upload page accepts:
 * {@code spring.servlet.multipart.max-file-size} (environment
 * {@code INTAKE_MAX_UPLOAD_SIZE}), in bytes and as people read it.
 */
@Component
class UploadLimit {

	private final DataSize size;

	UploadLimit(@Value("${spring.servlet.multipart.max-file-size:1GB}") String size) {
		this.size = DataSize.parse(size.strip());
	}

	long bytes() {
		return this.size.toBytes();
	}

	/**
	 * The limit in the largest whole unit: {@code 1 GB}, {@code 500 MB}, {@code 2 KB}.
	 */
	String text() {
		long bytes = this.size.toBytes();
		String[] units = { "GB", "MB", "KB" };
		long[] factors = { 1L << 30, 1L << 20, 1L << 10 };
		for (int i = 0; i < units.length; i++) {
			if (bytes >= factors[i] && bytes % factors[i] == 0) {
				return (bytes / factors[i]) + " " + units[i];
			}
		}
		return bytes + " B";
	}

}
