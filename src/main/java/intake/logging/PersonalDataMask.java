package intake.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text bound for logs and for a job's {@code failureReason}:
 * database error details that quote stored values are dropped, e-mail addresses keep only
 * their first letter and domain ({@code a***@example.se}), and every digit run shaped
 * like a personal identity number becomes {@code [personal number]}.
 * <p>
 * Identity-number shapes: Swedish personnummer and samordningsnummer
 * ({@code YYMMDD-NNNN}, {@code YYMMDD+NNNN}, {@code YYMMDDNNNN}, {@code YYYYMMDDNNNN},
 * {@code YYYYMMDD-NNNN}) and Norwegian fødselsnummer (11 digits, also
 * {@code DDMMYY NNNNN}). Every free-standing run of 10 to 12 digits is masked without
 * checking dates or check digits: a Swedish organisation number ({@code 556016-0680}) or
 * a phone number in E.164 is masked too, which is the safe side. Dates
 * ({@code 2024-05-31}), amounts, ids of up to nine digits, longer runs and job ids
 * (UUIDs) are kept.
 * <p>
 * Stateless and thread-safe.
 */
public final class PersonalDataMask {

	/** What replaces a personal identity number. */
	public static final String PERSONAL_NUMBER = "[personal number]";

	/** What replaces database error details that quote values. */
	public static final String DETAILS_REMOVED = "[details removed]";

	private static final String NOT_AFTER = "(?<![\\p{L}\\p{N}])"
			+ "(?<![0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-)";

	private static final String NOT_BEFORE = "(?![-+]?[\\p{L}\\p{N}])";

	private static final List<Rule> RULES = List.of(
			// PostgreSQL: "Detail: Key (company_gov_no_key, tenant_id)=(8001011234, 1)
			// already exists.", "Where: COPY company, line 2, column x: "…"" and the
			// server
			// log's "DETAIL:" lines.
			new Rule("\\b(?:DETAIL|Detail|Where):[^\\r\\n]*", DETAILS_REMOVED),
			new Rule("Key \\([^)\\r\\n]*\\)=\\([^\\r\\n]*?\\)(?: already exists| is not present in table \"[^\"]*\")?",
					DETAILS_REMOVED),
			new Rule("Failing row contains \\([^\\r\\n]*\\)", DETAILS_REMOVED),
			// pgjdbc quotes a failed batch statement with its parameter values.
			new Rule("(Batch entry \\d+) [^\\r\\n]*? was aborted", "$1 [statement removed] was aborted"),
			// H2: the values of a violated unique index, a value too long or not
			// convertible.
			new Rule("VALUES \\( /\\*[^\"\\r\\n]*", "VALUES (" + DETAILS_REMOVED + ")"),
			new Rule(": \"'[^\\r\\n]*?' \\(\\d+\\)\"", ": \"" + DETAILS_REMOVED + "\""),
			new Rule("(converting )\"[^\"\\r\\n]*\"", "$1\"" + DETAILS_REMOVED + "\""),
			new Rule(
					"(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}])[\\p{L}\\p{N}._%+-]*@([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,})",
					"$1***@$2"),
			new Rule(NOT_AFTER + "(?:\\d{6}|\\d{8})[-+]\\d{4}" + NOT_BEFORE, PERSONAL_NUMBER),
			new Rule(NOT_AFTER + "\\d{6} \\d{5}" + NOT_BEFORE, PERSONAL_NUMBER),
			new Rule(NOT_AFTER + "\\d{10,12}" + NOT_BEFORE, PERSONAL_NUMBER));

	private PersonalDataMask() {
	}

	/**
	 * The text with personal data masked.
	 * @param text any text, may be null
	 * @return the masked text; null for null
	 */
	public static String apply(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String masked = text;
		for (Rule rule : RULES) {
			masked = rule.apply(masked);
		}
		return masked;
	}

	private record Rule(Pattern pattern, String replacement) {

		Rule(String regex, String replacement) {
			this(Pattern.compile(regex), replacement);
		}

		String apply(String text) {
			Matcher matcher = this.pattern.matcher(text);
			return matcher.find() ? matcher.replaceAll(this.replacement) : text;
		}

	}

}
