package intake.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides a file's charset in one streaming pass, with no statistical guessing: a given
 * charset; else a byte-order mark; else UTF-16/UTF-32 by NUL pattern; else strict UTF-8
 * over the whole file; else windows-1252, with a warning when the bytes look like a DOS
 * code page. Refuses binaries ({@link SourceProblem#NOT_TEXT}) and empty files.
 */
final class CharsetDetector {

	/** How many decoded characters are kept for the delimiter sniffer. */
	static final int PREFIX_LIMIT = 64 * 1024;

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int CHUNK = 64 * 1024;

	private CharsetDetector() {
	}

	/**
	 * Reads {@code in} to its end (not closing it) and decides its charset.
	 * @param in the file's bytes
	 * @param given the user's charset, which always wins
	 * @return the decision
	 * @throws SourceException EMPTY_FILE, NOT_TEXT or UNSUPPORTED_FILE
	 * @throws IOException when reading fails
	 */
	static CharsetScan scan(InputStream in, Optional<Charset> given) throws IOException {
		byte[] head = in.readNBytes(CHUNK);
		int length = head.length;
		if (length == 0) {
			throw new SourceException(SourceProblem.EMPTY_FILE,
					"The file is empty (0 bytes). Check that you chose the right file.");
		}
		FileSignature.check(head, length);
		Optional<Bom> bom = Bom.find(head, length);
		Optional<Charset> fixed;
		int skip;
		if (given.isPresent()) {
			fixed = Optional.of(resolve(given.get(), bom));
			skip = Bom.skipLength(head, length, fixed.get());
		}
		else if (bom.isPresent()) {
			fixed = Optional.of(bom.get().charset());
			skip = bom.get().length();
		}
		else {
			fixed = NulPattern.find(head, length);
			skip = 0;
		}
		boolean bomDeclared = bom.isPresent() && skip > 0;
		if (fixed.isPresent() && Wide.isWide(fixed.get())) {
			return scanDecoded(in, head, skip, fixed.get(), given.isPresent(), bomDeclared);
		}
		return scanBytes(in, head, skip, given, bomDeclared);
	}

	/**
	 * Replaces a byte-order-dependent "UTF-16"/"UTF-32" choice by the endianness its BOM
	 * states, so that stripping the BOM does not change how the rest is decoded.
	 */
	static Charset resolve(Charset given, Optional<Bom> bom) {
		String name = given.name().toUpperCase(Locale.ROOT);
		boolean generic = name.equals("UTF-16") || name.equals("UTF-32");
		if (generic && bom.isPresent() && Wide.family(bom.get().charset()).equals(name)) {
			return bom.get().charset();
		}
		return given;
	}

	private static CharsetScan scanBytes(InputStream in, byte[] head, int skip, Optional<Charset> given,
			boolean bomDeclared) throws IOException {
		Utf8Validator utf8 = new Utf8Validator();
		DosCodePageSignal dos = new DosCodePageSignal();
		TextStats stats = new TextStats();
		utf8.update(head, skip, head.length - skip);
		dos.update(head, skip, head.length - skip);
		stats.update(head, skip, head.length - skip);
		boolean truncated = false;
		byte[] buffer = new byte[CHUNK];
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			truncated |= read > 0;
			utf8.update(buffer, 0, read);
			dos.update(buffer, 0, read);
			stats.update(buffer, 0, read);
		}
		List<String> warnings = new ArrayList<>();
		checkText(stats, Optional.empty(), warnings);
		Charset charset;
		double confidence;
		if (given.isPresent()) {
			charset = given.get();
			confidence = 1.0;
			if (charset.equals(StandardCharsets.UTF_8) && !utf8.isValid()) {
				warnings.add("The file is not valid UTF-8; characters that cannot be read show as \uFFFD. "
						+ "Try windows-1252 (Western European) as the encoding.");
			}
		}
		else if (bomDeclared) {
			charset = StandardCharsets.UTF_8;
			confidence = utf8.isValid() ? 1.0 : 0.5;
			if (!utf8.isValid()) {
				warnings.add("The file starts with a UTF-8 byte-order mark but contains bytes that are not "
						+ "UTF-8; check the letters in the preview or choose the encoding explicitly.");
			}
		}
		else if (utf8.isValid()) {
			charset = StandardCharsets.UTF_8;
			confidence = (utf8.nonAsciiSequences() > 0) ? 0.98 : 0.9;
		}
		else {
			charset = WINDOWS_1252;
			confidence = 0.8;
			if (dos.hits() > 0) {
				confidence = 0.3;
				warnings.add("The file may be in a DOS code page (IBM 865/850); letters like \u00e5, \u00f8 "
						+ "may be wrong \u2014 choose the encoding explicitly.");
			}
		}
		String prefix = decode(head, skip, charset);
		return new CharsetScan(charset, given.isPresent(), confidence, warnings, prefix, truncated);
	}

	private static CharsetScan scanDecoded(InputStream in, byte[] head, int skip, Charset charset, boolean given,
			boolean bomDeclared) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		TextStats stats = new TextStats();
		StringBuilder prefix = new StringBuilder();
		ByteBuffer bytes = ByteBuffer.allocate(CHUNK + 8);
		bytes.put(head, skip, head.length - skip);
		CharBuffer chars = CharBuffer.allocate(CHUNK);
		boolean eof = false;
		boolean truncated = false;
		while (true) {
			bytes.flip();
			CoderResult result = decoder.decode(bytes, chars, eof);
			bytes.compact();
			truncated |= drain(chars, stats, prefix);
			if (result.isOverflow()) {
				continue;
			}
			if (eof) {
				break;
			}
			int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
			if (read < 0) {
				eof = true;
			}
			else {
				bytes.position(bytes.position() + read);
			}
		}
		while (decoder.flush(chars).isOverflow()) {
			truncated |= drain(chars, stats, prefix);
		}
		truncated |= drain(chars, stats, prefix);
		List<String> warnings = new ArrayList<>();
		checkText(stats, bomDeclared ? Optional.of(charset) : Optional.empty(), warnings);
		double confidence = (given || bomDeclared) ? 1.0 : 0.9;
		return new CharsetScan(charset, given, confidence, warnings, prefix.toString(), truncated);
	}

	private static boolean drain(CharBuffer chars, TextStats stats, StringBuilder prefix) {
		chars.flip();
		boolean truncated = false;
		while (chars.hasRemaining()) {
			char c = chars.get();
			stats.accept(c);
			if (prefix.length() < PREFIX_LIMIT) {
				prefix.append(c);
			}
			else {
				truncated = true;
			}
		}
		chars.clear();
		return truncated;
	}

	private static String decode(byte[] head, int skip, Charset charset) {
		int end = Math.min(head.length, skip + PREFIX_LIMIT);
		String text = new String(head, skip, end - skip, charset);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/**
	 * Refuses content that is not text and adds file-level warnings.
	 * @param bom the charset a byte-order mark declared for wide text, if any
	 */
	private static void checkText(TextStats stats, Optional<Charset> bom, List<String> warnings) {
		long nuls = stats.nuls();
		if (nuls > 2 && nuls * 1000 > stats.units()) {
			if (bom.isPresent()) {
				throw new SourceException(SourceProblem.NOT_TEXT, "The text contains NUL characters: the file starts "
						+ "with a " + bom.get().name() + " byte-order mark (BOM), but the BOM does not match the "
						+ "encoding of its data (maybe UTF-32). Save the file again as CSV UTF-8 and upload it again.");
			}
			throw new SourceException(SourceProblem.NOT_TEXT, "The file contains " + nuls
					+ " NUL bytes, so it is not a text (CSV) file. Export the data as CSV and upload that file.");
		}
		if (stats.controls() > 16 && stats.controls() * 20 > stats.units()) {
			throw new SourceException(SourceProblem.NOT_TEXT, "The file contains many control characters, so it is "
					+ "not a text (CSV) file. Export the data as CSV and upload that file.");
		}
		if (!stats.hasContent()) {
			throw new SourceException(SourceProblem.EMPTY_FILE,
					"The file has no data (only blank space). Check that you chose the right file.");
		}
		if (nuls > 0) {
			warnings.add("The file contains " + nuls + " NUL character" + ((nuls == 1) ? "" : "s") + "; "
					+ ((nuls == 1) ? "it is" : "they are") + " removed when reading.");
		}
		List<String> endings = stats.lineEndings();
		if (endings.size() > 1) {
			warnings.add("The file mixes line endings (" + String.join(", ", endings)
					+ "); it can be imported, but it may have been edited by hand or joined from several files.");
		}
	}

}
