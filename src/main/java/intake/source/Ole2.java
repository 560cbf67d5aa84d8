package intake.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Looks inside an OLE2 compound file (the container of .xls workbooks and of encrypted
 * .xlsx workbooks) for the stream that only an encrypted Office package has.
 */
final class Ole2 {

	/** The directory entry name of an encrypted OOXML package, as UTF-16LE. */
	private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

	/** Directory sectors of small files sit near the start; larger files are .xls. */
	private static final long SCAN_LIMIT = 64L * 1024 * 1024;

	private Ole2() {
	}

	/** Whether the compound file holds an {@code EncryptedPackage} stream. */
	static boolean isEncryptedPackage(Path file) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
			int matched = 0;
			long read = 0;
			int b;
			while (read < SCAN_LIMIT && (b = in.read()) >= 0) {
				read++;
				if (b == (ENCRYPTED_PACKAGE[matched] & 0xFF)) {
					matched++;
					if (matched == ENCRYPTED_PACKAGE.length) {
						return true;
					}
				}
				else {
					matched = (b == (ENCRYPTED_PACKAGE[0] & 0xFF)) ? 1 : 0;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
