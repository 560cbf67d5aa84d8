package intake.plan;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import intake.schema.FieldDef;

/**
 * Which fields of a list hold a value in a row, found by walking the row's values (a
 * dozen or so) instead of looking every field of the list up in them (half a hundred for
 * a company): a planner does that for each of a million rows. The fields come back in the
 * list's order. Not thread-safe: one per planner and list.
 */
final class PresentFields {

	private final Map<String, Integer> index = new HashMap<>();

	private final long[] marked;

	PresentFields(List<FieldDef> fields) {
		for (int i = 0; i < fields.size(); i++) {
			this.index.putIfAbsent(fields.get(i).key(), i);
		}
		this.marked = new long[(fields.size() + 63) / 64];
	}

	/**
	 * Marks the fields with a value (not null) in {@code values}, forgetting the row
	 * marked before.
	 * @return this, for {@link #next}
	 */
	PresentFields scan(Map<String, Object> values) {
		Arrays.fill(this.marked, 0L);
		values.forEach((key, value) -> {
			if (value != null) {
				Integer at = this.index.get(key);
				if (at != null) {
					this.marked[at >>> 6] |= 1L << at;
				}
			}
		});
		return this;
	}

	/**
	 * @param from a field's position in the list
	 * @return the position of the first marked field at or after {@code from}, or -1
	 */
	int next(int from) {
		int word = from >>> 6;
		if (word >= this.marked.length) {
			return -1;
		}
		long bits = this.marked[word] & (-1L << from);
		while (true) {
			if (bits != 0) {
				return (word << 6) + Long.numberOfTrailingZeros(bits);
			}
			if (++word == this.marked.length) {
				return -1;
			}
			bits = this.marked[word];
		}
	}

}
