package intake.plan;

import java.util.Arrays;

/**
 * The hash of the first non-empty value of each field of a record group, kept compact: a
 * pass gives a slot only to the fields that have a value in some row (a file maps a dozen
 * of a type's forty fields), and each group's array holds just those slots. A hash of 0
 * means "no value yet"; {@link CompanyPlanner#hash} never returns 0.
 */
final class FieldHashes {

	static final int[] NONE = new int[0];

	private final int[] slotOf;

	private int slots;

	/**
	 * @param fields how many fields the groups have (indexes {@code 0 .. fields-1})
	 */
	FieldHashes(int fields) {
		this.slotOf = new int[fields];
		Arrays.fill(this.slotOf, -1);
	}

	/** A new group's hashes: room for every slot handed out so far, all empty. */
	int[] fresh() {
		return (this.slots == 0) ? NONE : new int[this.slots];
	}

	/** The hash stored for a field, 0 when none. */
	int get(int[] hashes, int field) {
		int slot = this.slotOf[field];
		return (slot >= 0 && slot < hashes.length) ? hashes[slot] : 0;
	}

	/**
	 * Stores a field's hash.
	 * @return the array to keep: the given one, or a larger copy when the field's slot
	 * lies beyond it
	 */
	int[] put(int[] hashes, int field, int hash) {
		int slot = this.slotOf[field];
		if (slot < 0) {
			slot = this.slots++;
			this.slotOf[field] = slot;
		}
		int[] target = (slot < hashes.length) ? hashes : Arrays.copyOf(hashes, this.slots);
		target[slot] = hash;
		return target;
	}

}
