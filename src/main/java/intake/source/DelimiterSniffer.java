package intake.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the field delimiter from the first records of decoded text: for each candidate
 * ({@code ; , TAB | :}) the field count of each record is taken with quotes respected;
 * the candidate whose most common count is above 1 and shared by the largest share of
 * records wins (ties: the higher count, then the candidate order).
 */
final class DelimiterSniffer {

	static final String CANDIDATES = ";,\t|:";

	static final int MAX_RECORDS = 50;

	private DelimiterSniffer() {
	}

	/**
	 * The outcome for one delimiter.
	 *
	 * @param delimiter the delimiter
	 * @param fields the most common field count
	 * @param consistency the share of records that have that count, 0..1
	 * @param records how many records were looked at
	 */
	record Guess(char delimiter, int fields, double consistency, int records) {

		boolean splits() {
			return this.fields > 1;
		}

	}

	/**
	 * Sniffs the delimiter.
	 * @param text the start of the file's text
	 * @param truncated whether the file continues after {@code text} (its last record is
	 * then ignored as it may be cut)
	 * @param given the user's delimiter, which always wins
	 * @param warnings receives a warning when only one column is found
	 * @return the delimiter and its confidence
	 */
	static Detected sniff(String text, boolean truncated, Optional<Character> given, List<String> warnings) {
		if (given.isPresent()) {
			Guess guess = guess(text, truncated, given.get());
			if (!guess.splits()) {
				warnings.add("Only one column was found with the delimiter " + describe(given.get())
						+ "; check that this is the file's delimiter.");
			}
			return new Detected(given.get(), 1.0);
		}
		Optional<Guess> best = Optional.empty();
		Optional<Guess> runnerUp = Optional.empty();
		for (char candidate : CANDIDATES.toCharArray()) {
			Guess guess = guess(text, truncated, candidate);
			if (!guess.splits()) {
				continue;
			}
			if (best.isEmpty() || better(guess, best.get())) {
				runnerUp = best;
				best = Optional.of(guess);
			}
			else if (runnerUp.isEmpty() || better(guess, runnerUp.get())) {
				runnerUp = Optional.of(guess);
			}
		}
		if (best.isEmpty()) {
			warnings.add("Only one column was found; if the file has several columns, choose the delimiter "
					+ "explicitly.");
			return new Detected(',', 0.2);
		}
		Guess winner = best.get();
		double confidence = winner.consistency();
		if (winner.records() < 2) {
			confidence *= 0.6;
		}
		if (runnerUp.isPresent() && runnerUp.get().consistency() >= winner.consistency()) {
			confidence *= 0.75;
		}
		return new Detected(winner.delimiter(), confidence);
	}

	/**
	 * A decided delimiter.
	 *
	 * @param delimiter the delimiter
	 * @param confidence 0..1
	 */
	record Detected(char delimiter, double confidence) {
	}

	static String describe(char delimiter) {
		return (delimiter == '\t') ? "TAB" : "'" + delimiter + "'";
	}

	private static boolean better(Guess a, Guess b) {
		if (a.consistency() != b.consistency()) {
			return a.consistency() > b.consistency();
		}
		return a.fields() > b.fields();
	}

	static Guess guess(String text, boolean truncated, char delimiter) {
		List<Integer> counts = fieldCounts(text, truncated, delimiter);
		Map<Integer, Integer> frequency = new HashMap<>();
		counts.forEach((count) -> frequency.merge(count, 1, Integer::sum));
		int mode = 1;
		int modeFrequency = 0;
		for (Map.Entry<Integer, Integer> entry : frequency.entrySet()) {
			int count = entry.getKey();
			int times = entry.getValue();
			if (times > modeFrequency || (times == modeFrequency && count > mode)) {
				mode = count;
				modeFrequency = times;
			}
		}
		double consistency = counts.isEmpty() ? 0 : (double) modeFrequency / counts.size();
		return new Guess(delimiter, mode, consistency, counts.size());
	}

	/**
	 * Field counts of the first records; blank lines are not records, line breaks inside
	 * quotes do not end a record.
	 */
	static List<Integer> fieldCounts(String text, boolean truncated, char delimiter) {
		List<Integer> counts = new ArrayList<>();
		int fields = 1;
		boolean quoted = false;
		boolean fieldStart = true;
		boolean recordEmpty = true;
		int length = text.length();
		for (int i = 0; i < length && counts.size() < MAX_RECORDS; i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < length && text.charAt(i + 1) == '"') {
						i++;
					}
					else {
						quoted = false;
					}
				}
				continue;
			}
			if (c == '\r' || c == '\n') {
				if (!recordEmpty) {
					counts.add(fields);
				}
				if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields = 1;
				fieldStart = true;
				recordEmpty = true;
				continue;
			}
			recordEmpty = false;
			if (c == delimiter) {
				fields++;
				fieldStart = true;
			}
			else {
				quoted = fieldStart && c == '"';
				fieldStart = false;
			}
		}
		if (!recordEmpty && !truncated && counts.size() < MAX_RECORDS) {
			counts.add(fields);
		}
		return counts;
	}

}
