package intake.job;

import java.util.Arrays;
import java.util.List;

/**
 * The largest purely numeric value (up to 18 digits, spaces and one leading apostrophe
 * ignored) of each column, gathered in the analysis pass. Not thread-safe.
 */
final class ColumnMaxima {

	private long[] max = new long[0];

	void accept(List<String> cells) {
		if (cells.size() > this.max.length) {
			this.max = Arrays.copyOf(this.max, cells.size());
		}
		for (int i = 0; i < cells.size(); i++) {
			long value = number(cells.get(i));
			if (value > this.max[i]) {
				this.max[i] = value;
			}
		}
	}

	long[] values() {
		return this.max.clone();
	}

	/** The cell as a number, or -1 when it is not purely numeric. */
	static long number(String cell) {
		int start = 0;
		int end = cell.length();
		while (start < end && Character.isWhitespace(cell.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(cell.charAt(end - 1))) {
			end--;
		}
		if (start < end && cell.charAt(start) == '\'') {
			start++;
		}
		if (start == end || end - start > 18) {
			return -1;
		}
		long value = 0;
		for (int i = start; i < end; i++) {
			char c = cell.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
