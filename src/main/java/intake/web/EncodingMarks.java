package intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a cell of a file sample into segments so that a wrong encoding shows at a glance:
 * a word (a run of non-space characters) holding one of å ä ö æ ø Å Ä Ö Æ Ø is marked
 * {@link Mark#NORDIC}; mojibake — UTF-8 read as a single-byte encoding ({@code Ã¥},
 * {@code Ã¶}, {@code Ã…}, {@code Ã–}, {@code Ã¸} …) or the replacement character
 * {@code �} of bytes the encoding cannot read — is marked {@link Mark#GARBLED}, and a
 * word holding mojibake is not marked Nordic. The segments carry the text as it is; the
 * page escapes it like any other text.
 */
final class EncodingMarks {

	/** How a segment is shown. */
	enum Mark {

		NONE, NORDIC, GARBLED

	}

	/**
	 * A piece of a cell.
	 *
	 * @param text the text, never empty
	 * @param mark how it is marked
	 * @param meant for garbled text, what it reads as in UTF-8 (the letter the file most
	 * likely means, e.g. {@code å} for {@code Ã¥}); empty otherwise
	 */
	record Segment(String text, Mark mark, String meant) {

		Segment(String text, Mark mark) {
			this(text, mark, "");
		}

		public boolean plain() {
			return this.mark == Mark.NONE;
		}

		public boolean nordic() {
			return this.mark == Mark.NORDIC;
		}

		public boolean garbled() {
			return this.mark == Mark.GARBLED;
		}

	}

	/**
	 * The lead byte of a two-byte UTF-8 letter read as windows-1252 or ISO-8859-1
	 * ({@code Ã} for C3, {@code Â} for C2) followed by the second byte read the same way:
	 * a C1 control or one of the characters windows-1252 puts at 0x80–0xBF. Then the
	 * replacement character.
	 */
	private static final Pattern GARBLED = Pattern
		.compile("[\u00C3\u00C2][\u0080-\u00BF\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152"
				+ "\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]|\uFFFD+");

	private static final Pattern WORD = Pattern.compile("\\S+");

	private static final String NORDIC = "åäöæøÅÄÖÆØ";

	private EncodingMarks() {
	}

	/** The segments of a cell; adjacent unmarked text is one segment. */
	static List<Segment> of(String cell) {
		List<Segment> segments = new ArrayList<>();
		Matcher word = WORD.matcher(cell);
		int at = 0;
		while (word.find()) {
			add(segments, cell.substring(at, word.start()), Mark.NONE);
			String text = word.group();
			if (GARBLED.matcher(text).find()) {
				garbled(segments, text);
			}
			else {
				add(segments, text, nordic(text) ? Mark.NORDIC : Mark.NONE);
			}
			at = word.end();
		}
		add(segments, cell.substring(at), Mark.NONE);
		return List.copyOf(segments);
	}

	private static void garbled(List<Segment> segments, String word) {
		Matcher garbled = GARBLED.matcher(word);
		int at = 0;
		while (garbled.find()) {
			add(segments, word.substring(at, garbled.start()), Mark.NONE);
			segments.add(new Segment(garbled.group(), Mark.GARBLED, meant(garbled.group())));
			at = garbled.end();
		}
		add(segments, word.substring(at), Mark.NONE);
	}

	/**
	 * What UTF-8 bytes shown as windows-1252 (or ISO-8859-1) meant: the text encoded back
	 * and decoded as UTF-8; empty for the replacement character (its bytes are lost).
	 */
	static String meant(String garbled) {
		if (garbled.indexOf('\uFFFD') >= 0) {
			return "";
		}
		for (String shownAs : new String[] { "windows-1252", "ISO-8859-1" }) {
			java.nio.charset.Charset charset = java.nio.charset.Charset.forName(shownAs);
			if (charset.newEncoder().canEncode(garbled)) {
				String decoded = new String(garbled.getBytes(charset), java.nio.charset.StandardCharsets.UTF_8);
				return (decoded.indexOf('\uFFFD') >= 0) ? "" : decoded;
			}
		}
		return "";
	}

	private static boolean nordic(String word) {
		return word.chars().anyMatch((c) -> NORDIC.indexOf(c) >= 0);
	}

	private static void add(List<Segment> segments, String text, Mark mark) {
		if (text.isEmpty()) {
			return;
		}
		int last = segments.size() - 1;
		if (mark == Mark.NONE && last >= 0 && segments.get(last).mark() == Mark.NONE) {
			segments.set(last, new Segment(segments.get(last).text() + text, Mark.NONE));
		}
		else {
			segments.add(new Segment(text, mark));
		}
	}

}
