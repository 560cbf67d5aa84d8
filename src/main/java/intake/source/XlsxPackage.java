package intake.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Checks a ZIP file before a workbook reader touches it: that it is a spreadsheet package
 * with a workbook part, and that no XML part it holds is a bomb. Every XML part is
 * inflated once, streaming, and refused as soon as it passes {@link #MAX_ENTRY_SIZE} or a
 * compression ratio of {@link #MAX_RATIO}, declares a DTD (entity expansion), or — for
 * the shared strings, which a reader keeps in memory — grows beyond
 * {@link #maxSharedStrings()}. Memory use is one buffer.
 */
final class XlsxPackage {

	/** The largest uncompressed XML part. */
	static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;

	/**
	 * The largest uncompressed-to-compressed ratio of a part above {@link #RATIO_GRACE}.
	 */
	static final int MAX_RATIO = 100;

	/** Parts smaller than this are not held to the ratio. */
	static final long RATIO_GRACE = 1024 * 1024;

	/** The most shared strings. */
	static final long MAX_SHARED_STRING_COUNT = 10_000_000;

	/** Where a DTD would have to be: before the root element. */
	private static final int PROLOG_SCAN = 64 * 1024;

	private static final String WORKBOOK_TYPE = "spreadsheetml.sheet.main+xml";

	private static final String MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

	private static final Pattern WORKBOOK_OVERRIDE = Pattern
		.compile("<Override\\s[^>]*?PartName=\"([^\"]+)\"[^>]*?ContentType=\"[^\"]*(?:" + Pattern.quote(WORKBOOK_TYPE)
				+ "|" + Pattern.quote(MACRO_WORKBOOK_TYPE) + ")\"|<Override\\s[^>]*?ContentType=\"[^\"]*(?:"
				+ Pattern.quote(WORKBOOK_TYPE) + "|" + Pattern.quote(MACRO_WORKBOOK_TYPE)
				+ ")\"[^>]*?PartName=\"([^\"]+)\"");

	private static final String RESAVE = " Open it in Excel and save it again as .xlsx, or save the sheet as CSV "
			+ "(UTF-8), then upload that file.";

	private XlsxPackage() {
	}

	/**
	 * The largest shared-strings part: a quarter of the heap, at most 256 MB, since a
	 * reader keeps those strings in memory.
	 */
	static long maxSharedStrings() {
		return Math.min(256L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 4);
	}

	/**
	 * Checks the package.
	 * @param file a stored file starting with a ZIP signature
	 * @return whether the package has a styles part (number formats, so dates can be
	 * told)
	 * @throws SourceException UNSUPPORTED_FILE when it is no spreadsheet, is corrupt or a
	 * bomb
	 */
	static boolean requireWorkbook(Path file) {
		try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
			ZipArchiveEntry types = zip.getEntry("[Content_Types].xml");
			if (types == null) {
				throw corrupt("it has no [Content_Types].xml part");
			}
			String contentTypes = new String(read(zip, types, PROLOG_SCAN), StandardCharsets.UTF_8);
			if (!contentTypes.contains("spreadsheetml") && !contentTypes.contains(MACRO_WORKBOOK_TYPE)) {
				throw new SourceException(SourceProblem.UNSUPPORTED_FILE, "This is a ZIP file" + kind(contentTypes)
						+ ", not an Excel workbook or a CSV file. " + "Upload the data as .xlsx or as CSV (UTF-8).");
			}
			String workbook = workbookPart(contentTypes);
			if (entry(zip, workbook) == null) {
				throw corrupt("its workbook part " + workbook + " is missing");
			}
			boolean styles = false;
			Enumeration<ZipArchiveEntry> entries = zip.getEntries();
			while (entries.hasMoreElements()) {
				ZipArchiveEntry entry = entries.nextElement();
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if (name.endsWith(".xml") || name.endsWith(".rels")) {
					check(zip, entry, name.endsWith("sharedstrings.xml"));
					styles |= name.endsWith("styles.xml");
				}
			}
			return styles;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof SourceException source) {
				throw source;
			}
			throw corrupt("its ZIP structure cannot be read (" + ex.getMessage() + ")");
		}
	}

	private static String kind(String contentTypes) {
		if (contentTypes.contains("wordprocessingml")) {
			return " holding a Word document";
		}
		if (contentTypes.contains("presentationml")) {
			return " holding a PowerPoint presentation";
		}
		if (contentTypes.contains("opendocument")) {
			return " holding an OpenDocument file";
		}
		return "";
	}

	private static String workbookPart(String contentTypes) {
		Matcher matcher = WORKBOOK_OVERRIDE.matcher(contentTypes);
		if (matcher.find()) {
			String part = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			return part.startsWith("/") ? part.substring(1) : part;
		}
		return "xl/workbook.xml";
	}

	private static ZipArchiveEntry entry(ZipFile zip, String name) {
		ZipArchiveEntry entry = zip.getEntry(name);
		if (entry != null) {
			return entry;
		}
		Enumeration<ZipArchiveEntry> entries = zip.getEntries();
		while (entries.hasMoreElements()) {
			ZipArchiveEntry candidate = entries.nextElement();
			if (candidate.getName().equalsIgnoreCase(name)) {
				return candidate;
			}
		}
		return null;
	}

	private static byte[] read(ZipFile zip, ZipArchiveEntry entry, int max) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			return in.readNBytes(max);
		}
	}

	private static void check(ZipFile zip, ZipArchiveEntry entry, boolean sharedStrings) throws IOException {
		long limit = sharedStrings ? maxSharedStrings() : MAX_ENTRY_SIZE;
		if (entry.getSize() > limit) {
			throw tooLarge(entry.getName(), entry.getSize(), sharedStrings);
		}
		long compressed = (entry.getCompressedSize() > 0) ? entry.getCompressedSize() : 1;
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		long strings = 0;
		int stringMatch = 0;
		try (InputStream in = zip.getInputStream(entry)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				if (total < PROLOG_SCAN && declaresDtd(buffer, n)) {
					throw new SourceException(SourceProblem.UNSUPPORTED_FILE, "The workbook part " + entry.getName()
							+ " declares a DTD (XML entities), which a real Excel file never does; such a file can "
							+ "be an \"entity bomb\" and is refused." + RESAVE);
				}
				total += n;
				if (total > limit) {
					throw tooLarge(entry.getName(), total, sharedStrings);
				}
				if (total > RATIO_GRACE && total / compressed > MAX_RATIO) {
					throw new SourceException(SourceProblem.UNSUPPORTED_FILE,
							"The workbook part " + entry.getName() + " expands more than " + MAX_RATIO
									+ " times when unpacked, as a \"zip bomb\" does, and is refused." + RESAVE);
				}
				if (sharedStrings) {
					for (int i = 0; i < n; i++) {
						stringMatch = nextMatch(stringMatch, buffer[i]);
						if (stringMatch == SI.length) {
							stringMatch = 0;
							if (++strings > MAX_SHARED_STRING_COUNT) {
								throw tooLarge(entry.getName(), total, true);
							}
						}
					}
				}
			}
		}
	}

	private static final byte[] SI = "<si>".getBytes(StandardCharsets.US_ASCII);

	private static int nextMatch(int matched, byte b) {
		if (b == SI[matched]) {
			return matched + 1;
		}
		return (b == SI[0]) ? 1 : 0;
	}

	private static boolean declaresDtd(byte[] buffer, int length) {
		return contains(buffer, length, "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII))
				|| contains(buffer, length, "<!ENTITY".getBytes(StandardCharsets.US_ASCII))
				|| contains(buffer, length, "<!DOCTYPE".getBytes(StandardCharsets.UTF_16LE))
				|| contains(buffer, length, "<!DOCTYPE".getBytes(StandardCharsets.UTF_16BE));
	}

	private static boolean contains(byte[] buffer, int length, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (buffer[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static SourceException tooLarge(String part, long size, boolean sharedStrings) {
		if (sharedStrings) {
			return new SourceException(SourceProblem.UNSUPPORTED_FILE, "The workbook's shared text (" + part
					+ ", more than " + (size / (1024 * 1024)) + " MB or " + MAX_SHARED_STRING_COUNT
					+ " strings) is larger than Intake reads from a workbook at once. Save the sheet as CSV (UTF-8) "
					+ "and upload that file.");
		}
		return new SourceException(SourceProblem.UNSUPPORTED_FILE,
				"The workbook part " + part + " unpacks to more than " + (MAX_ENTRY_SIZE / (1024 * 1024))
						+ " MB and is refused. Save the sheet as CSV (UTF-8) and upload that " + "file, or split it.");
	}

	private static SourceException corrupt(String reason) {
		return new SourceException(SourceProblem.UNSUPPORTED_FILE,
				"This Excel workbook is damaged: " + reason + "." + RESAVE);
	}

}
