package intake.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Tells a stored upload's format by its first bytes and, for ZIP files, its content
 * types. Stateless and thread-safe.
 */
public final class Sources {

	private static final String SAVE_AS = "Open it in Excel (or another spreadsheet program), choose \"Save as\" "
			+ "and save it as an Excel workbook (.xlsx) or as CSV (UTF-8), then upload that file.";

	private Sources() {
	}

	/**
	 * Decides the format of a file.
	 * @param file the stored file
	 * @return XLSX for a workbook package, CSV for everything else (which CSV detection
	 * then judges)
	 * @throws SourceException UNSUPPORTED_FILE for an .xls workbook, a password-protected
	 * workbook, a ZIP file that is no workbook, or a corrupt workbook package
	 */
	public static SourceFormat format(Path file) {
		Objects.requireNonNull(file, "file");
		byte[] head = new byte[8];
		int length;
		try (InputStream in = Files.newInputStream(file)) {
			length = in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		if (length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
			XlsxPackage.requireWorkbook(file);
			return SourceFormat.XLSX;
		}
		if (length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
				&& (head[3] & 0xFF) == 0xE0) {
			if (Ole2.isEncryptedPackage(file)) {
				throw new SourceException(SourceProblem.UNSUPPORTED_FILE,
						"This workbook is password-protected, so it cannot be read. Open it in Excel, remove the "
								+ "password (File \u2192 Info \u2192 Protect Workbook \u2192 Encrypt with Password, "
								+ "clear it), save it as .xlsx or CSV (UTF-8) and upload it again.");
			}
			throw new SourceException(SourceProblem.UNSUPPORTED_FILE,
					"This is an old Excel workbook (.xls), which Intake does not read. " + SAVE_AS);
		}
		return SourceFormat.CSV;
	}

}
