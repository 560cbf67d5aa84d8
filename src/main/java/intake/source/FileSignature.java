package intake.source;

/**
 * Refuses files whose first bytes name a known non-text format.
 */
final class FileSignature {

	private static final String SAVE_AS_CSV = "Open it in Excel (or another spreadsheet program), "
			+ "choose \"Save as\" and save the sheet as CSV (UTF-8), then upload that file.";

	private FileSignature() {
	}

	/**
	 * Throws when {@code head} starts with the signature of a workbook, an archive, an
	 * image or a PDF.
	 * @param head the first bytes of the file
	 * @param length how many bytes of {@code head} are valid
	 * @throws SourceException UNSUPPORTED_FILE for workbooks, NOT_TEXT for other binaries
	 */
	static void check(byte[] head, int length) {
		if (startsWith(head, length, 0x50, 0x4B, 0x03, 0x04)) {
			throw new SourceException(SourceProblem.UNSUPPORTED_FILE,
					"This is a ZIP file such as an Excel workbook (.xlsx), not a CSV file. " + SAVE_AS_CSV);
		}
		if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new SourceException(SourceProblem.UNSUPPORTED_FILE,
					"This is an old Excel workbook (.xls), not a CSV file. " + SAVE_AS_CSV);
		}
		String kind = binaryKind(head, length);
		if (!kind.isEmpty()) {
			throw new SourceException(SourceProblem.NOT_TEXT,
					"This file is " + kind + ", not a CSV text file. Export the data as CSV and upload that file.");
		}
	}

	private static String binaryKind(byte[] head, int length) {
		if (startsWith(head, length, 0x89, 'P', 'N', 'G')) {
			return "a PNG image";
		}
		if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
			return "a JPEG image";
		}
		if (startsWith(head, length, 'G', 'I', 'F', '8')) {
			return "a GIF image";
		}
		if (startsWith(head, length, '%', 'P', 'D', 'F')) {
			return "a PDF document";
		}
		if (startsWith(head, length, 0x1F, 0x8B)) {
			return "a gzip archive";
		}
		if (startsWith(head, length, 'R', 'a', 'r', '!') || startsWith(head, length, '7', 'z', 0xBC, 0xAF)) {
			return "an archive";
		}
		return "";
	}

	private static boolean startsWith(byte[] head, int length, int... signature) {
		if (length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((head[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
