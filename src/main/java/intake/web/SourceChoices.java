package intake.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The encodings and delimiters the upload and source pages offer: those Nordic files come
 * in, by their Java names (as {@code JobSource.encoding} holds them).
 */
final class SourceChoices {

	/** UTF-8 first, then Windows and ISO Latin, UTF-16 and the DOS code pages. */
	static final List<String> ENCODINGS = List.of("UTF-8", "windows-1252", "ISO-8859-1", "ISO-8859-15", "UTF-16LE",
			"UTF-16BE", "IBM850", "IBM865", "IBM437", "x-MacRoman");

	/**
	 * A delimiter to choose.
	 *
	 * @param value the form value ({@code tab} for TAB)
	 * @param label the message key of its name
	 */
	record Delimiter(String value, String label) {
	}

	static final List<Delimiter> DELIMITERS = List.of(new Delimiter(";", "source.delimiter.semicolon"),
			new Delimiter(",", "source.delimiter.comma"), new Delimiter("tab", "source.delimiter.tab"),
			new Delimiter("|", "source.delimiter.pipe"));

	private SourceChoices() {
	}

	/** The encodings, with {@code current} added when it is not among them. */
	static List<String> encodings(String current) {
		List<String> all = new ArrayList<>(ENCODINGS);
		if (!current.isEmpty() && all.stream().noneMatch(current::equalsIgnoreCase)) {
			all.add(current);
		}
		return all;
	}

	/** The delimiters, with {@code current} added when it is not among them. */
	static List<Delimiter> delimiters(String current) {
		List<Delimiter> all = new ArrayList<>(DELIMITERS);
		if (!current.isEmpty() && all.stream().noneMatch((d) -> d.value().equals(current))) {
			all.add(new Delimiter(current, "source.delimiter.other"));
		}
		return all;
	}

	/** A delimiter as a form value: {@code tab} for TAB, else the character. */
	static String value(char delimiter) {
		return (delimiter == '\t') ? "tab" : String.valueOf(delimiter);
	}

}
