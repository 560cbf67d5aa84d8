package intake.plan;

/**
 * An open-addressing table from a key made of digits to a company group: the key is held
 * as one {@code long} ({@link #code}), not as a string in a hash-map entry.
 */
final class DigitKeyTable {

	/** Longest key held as a number: a leading 1 and 18 digits still fit a long. */
	private static final int MAX_DIGITS = 18;

	private long[] codes = new long[1024];

	private CompanyGroups.Group[] groups = new CompanyGroups.Group[1024];

	private int size;

	/**
	 * The key as a number, with a leading 1 so that leading zeros count ("007" ≠ "7"); 0
	 * when the key is empty, longer than 18 characters or holds anything but ASCII
	 * digits.
	 */
	static long code(String key) {
		int length = key.length();
		if (length == 0 || length > MAX_DIGITS) {
			return 0;
		}
		long code = 1;
		for (int i = 0; i < length; i++) {
			char c = key.charAt(i);
			if (c < '0' || c > '9') {
				return 0;
			}
			code = code * 10 + (c - '0');
		}
		return code;
	}

	CompanyGroups.Group get(long code) {
		int mask = this.codes.length - 1;
		for (int i = slot(code, mask);; i = (i + 1) & mask) {
			long stored = this.codes[i];
			if (stored == code) {
				return this.groups[i];
			}
			if (stored == 0) {
				return null;
			}
		}
	}

	void putIfAbsent(long code, CompanyGroups.Group group) {
		if ((this.size + 1) * 3 > this.codes.length * 2) {
			grow();
		}
		int mask = this.codes.length - 1;
		for (int i = slot(code, mask);; i = (i + 1) & mask) {
			long stored = this.codes[i];
			if (stored == code) {
				return;
			}
			if (stored == 0) {
				this.codes[i] = code;
				this.groups[i] = group;
				this.size++;
				return;
			}
		}
	}

	/** How many keys the table holds. */
	int size() {
		return this.size;
	}

	/** Hands each key and its group to an action, in no particular order. */
	void forEach(Entry action) {
		for (int i = 0; i < this.codes.length; i++) {
			if (this.codes[i] != 0) {
				action.accept(this.codes[i], this.groups[i]);
			}
		}
	}

	/** A key of the table with its group. */
	@FunctionalInterface
	interface Entry {

		void accept(long code, CompanyGroups.Group group);

	}

	private void grow() {
		long[] oldCodes = this.codes;
		CompanyGroups.Group[] oldGroups = this.groups;
		this.codes = new long[oldCodes.length * 2];
		this.groups = new CompanyGroups.Group[oldCodes.length * 2];
		int mask = this.codes.length - 1;
		for (int j = 0; j < oldCodes.length; j++) {
			if (oldCodes[j] != 0) {
				int i = slot(oldCodes[j], mask);
				while (this.codes[i] != 0) {
					i = (i + 1) & mask;
				}
				this.codes[i] = oldCodes[j];
				this.groups[i] = oldGroups[j];
			}
		}
	}

	private static int slot(long code, int mask) {
		long h = code * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}

}
