package intake.validate;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The values of one row or record, by field key: a small map in one array, keys and
 * values side by side, found by open addressing. A {@link java.util.HashMap} spreads a
 * row over a table and an entry object per value; the stages after conversion read each
 * row long after it was built, from another thread, so every entry was a cache miss of
 * its own. Here a look-up touches one array.
 * <p>
 * Built and filled by one thread, then {@linkplain #handOver() handed over}: from then on
 * it is read-only through every view, and records keep it without copying (a copy per row
 * adds up over a million rows). Keys are never null; values may be.
 */
public final class RowValues extends AbstractMap<String, Object> {

	private static final int MIN_SLOTS = 8;

	/** {@code [key0, value0, key1, value1, …]}; a null key is a free slot. */
	private Object[] table;

	private int size;

	private boolean handedOver;

	/**
	 * An empty map that takes {@code expected} entries without growing.
	 * @param expected how many entries it will probably hold
	 */
	public RowValues(int expected) {
		int slots = MIN_SLOTS;
		// at most half full: short probes
		while (slots < expected * 2) {
			slots <<= 1;
		}
		this.table = new Object[slots * 2];
	}

	/**
	 * A mutable copy of any map, with room for {@code extra} more entries.
	 * @param values the entries to copy
	 * @param extra entries the caller will add
	 * @return a new map, not handed over
	 */
	public static RowValues copyOf(Map<String, Object> values, int extra) {
		RowValues copy = new RowValues(values.size() + extra);
		values.forEach(copy::put);
		return copy;
	}

	/**
	 * The map itself when it was handed over, else an immutable copy.
	 * @param values any map
	 * @return a map nobody can change
	 */
	public static Map<String, Object> keep(Map<String, Object> values) {
		return (values instanceof RowValues row && row.handedOver) ? values : Map.copyOf(values);
	}

	/**
	 * Ends the building: the map is read-only from now on.
	 * @return this map
	 */
	public RowValues handOver() {
		this.handedOver = true;
		return this;
	}

	private int slotOf(Object key) {
		int mask = (this.table.length >> 1) - 1;
		int h = key.hashCode();
		int slot = (h ^ (h >>> 16)) & mask;
		Object[] t = this.table;
		while (true) {
			Object k = t[slot << 1];
			if (k == null || k == key || k.equals(key)) {
				return slot;
			}
			slot = (slot + 1) & mask;
		}
	}

	@Override
	public Object get(Object key) {
		if (key == null) {
			return null;
		}
		return this.table[(slotOf(key) << 1) + 1];
	}

	@Override
	public boolean containsKey(Object key) {
		return key != null && this.table[slotOf(key) << 1] != null;
	}

	@Override
	public Object put(String key, Object value) {
		Objects.requireNonNull(key, "key");
		if (this.handedOver) {
			throw new UnsupportedOperationException("the values were handed over: read-only");
		}
		int at = slotOf(key) << 1;
		Object previous = this.table[at + 1];
		if (this.table[at] == null) {
			if ((this.size + 1) * 2 > (this.table.length >> 1)) {
				grow();
				at = slotOf(key) << 1;
			}
			this.table[at] = key;
			this.size++;
		}
		this.table[at + 1] = value;
		return previous;
	}

	@Override
	public Object remove(Object key) {
		if (key == null) {
			return null;
		}
		if (this.handedOver) {
			throw new UnsupportedOperationException("the values were handed over: read-only");
		}
		int slot = slotOf(key);
		Object[] t = this.table;
		if (t[slot << 1] == null) {
			return null;
		}
		Object previous = t[(slot << 1) + 1];
		// backward shift: later entries of the probe run move into the gap, so that no
		// look-up stops early at it
		int mask = (t.length >> 1) - 1;
		int gap = slot;
		int next = (gap + 1) & mask;
		while (t[next << 1] != null) {
			int h = t[next << 1].hashCode();
			int home = (h ^ (h >>> 16)) & mask;
			// the entry at next may fill the gap when its home is not within (gap, next]
			boolean movable = (gap <= next) ? (home <= gap || home > next) : (home <= gap && home > next);
			if (movable) {
				t[gap << 1] = t[next << 1];
				t[(gap << 1) + 1] = t[(next << 1) + 1];
				gap = next;
			}
			next = (next + 1) & mask;
		}
		t[gap << 1] = null;
		t[(gap << 1) + 1] = null;
		this.size--;
		return previous;
	}

	private void grow() {
		Object[] old = this.table;
		this.table = new Object[old.length * 2];
		for (int i = 0; i < old.length; i += 2) {
			if (old[i] != null) {
				int at = slotOf(old[i]) << 1;
				this.table[at] = old[i];
				this.table[at + 1] = old[i + 1];
			}
		}
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public boolean isEmpty() {
		return this.size == 0;
	}

	@Override
	public void forEach(BiConsumer<? super String, ? super Object> action) {
		Object[] t = this.table;
		for (int i = 0; i < t.length; i += 2) {
			if (t[i] != null) {
				action.accept((String) t[i], t[i + 1]);
			}
		}
	}

	@Override
	public Set<Map.Entry<String, Object>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Map.Entry<String, Object>> iterator() {
				return new Iterator<>() {

					private int next = advance(0);

					private int advance(int from) {
						int i = from;
						while (i < RowValues.this.table.length && RowValues.this.table[i] == null) {
							i += 2;
						}
						return i;
					}

					@Override
					public boolean hasNext() {
						return this.next < RowValues.this.table.length;
					}

					@Override
					public Map.Entry<String, Object> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						Object[] t = RowValues.this.table;
						Map.Entry<String, Object> entry = new AbstractMap.SimpleImmutableEntry<>((String) t[this.next],
								t[this.next + 1]);
						this.next = advance(this.next + 2);
						return entry;
					}

				};
			}

			@Override
			public int size() {
				return RowValues.this.size;
			}

		};
	}

}
