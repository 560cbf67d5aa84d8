package intake.validate;

import java.util.function.Function;

/**
 * A bounded memo of conversions whose outcome depends on the key alone, for cells that
 * repeat down a file (a company's phone number, organisation number and country on each
 * of its contact rows). Direct-mapped: a key has one slot, picked by its hash, and a new
 * key in a taken slot replaces the one there. A hit is a hash, an array read and an
 * {@code equals}, with no lock and no bookkeeping of use (an access-ordered map moved an
 * entry on every hit, under a lock). Outcomes are immutable, so a cached one is as good
 * as a new one.
 * <p>
 * Thread-safe without locks: a slot holds an immutable pair whose fields are final, so a
 * thread that sees the pair sees its key and outcome; two threads filling one slot at
 * once each return their own outcome, and one of the pairs stays.
 */
final class RecentOutcomes {

	private record Kept(String key, Outcome outcome) {
	}

	private final Kept[] slots;

	private final int mask;

	/**
	 * @param capacity at least how many slots there are (rounded up to a power of two)
	 */
	RecentOutcomes(int capacity) {
		int size = Integer.highestOneBit(Math.max(2, capacity) - 1) << 1;
		this.slots = new Kept[size];
		this.mask = size - 1;
	}

	/** The outcome for {@code key}, computed when its slot holds another key or none. */
	Outcome get(String key, Function<String, Outcome> compute) {
		int hash = key.hashCode();
		int slot = (hash ^ (hash >>> 16)) & this.mask;
		Kept kept = this.slots[slot];
		if (kept != null && kept.key().equals(key)) {
			return kept.outcome();
		}
		Outcome computed = compute.apply(key);
		this.slots[slot] = new Kept(key, computed);
		return computed;
	}

	/** How many slots there are (tests). */
	int slots() {
		return this.slots.length;
	}

}
