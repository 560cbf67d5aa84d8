package intake.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded least-recently-used memo of conversions whose outcome depends on the key
 * alone, for cells that repeat down a file (a company's phone number, organisation number
 * and country on each of its contact rows). Outcomes are immutable, so a cached one is as
 * good as a new one. Thread-safe.
 */
final class RecentOutcomes {

	private final Map<String, Outcome> recent;

	/**
	 * @param capacity how many keys are kept; the least recently used goes first
	 */
	RecentOutcomes(int capacity) {
		this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {

			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
				return size() > capacity;
			}

		};
	}

	/** The outcome for {@code key}, computed (outside the lock) when not kept. */
	Outcome get(String key, Function<String, Outcome> compute) {
		synchronized (this.recent) {
			Outcome kept = this.recent.get(key);
			if (kept != null) {
				return kept;
			}
		}
		Outcome computed = compute.apply(key);
		synchronized (this.recent) {
			this.recent.put(key, computed);
		}
		return computed;
	}

}
