package intake.validate;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A read-only view of a map its builder hands over and no longer touches: records that
 * copy the maps they are given keep such a map as it is instead (a copy per row adds up
 * over a million rows). Reading it costs what reading the map costs: no wrapper per entry
 * for {@link #forEach} and {@link #values()}.
 */
public final class HandedOver extends AbstractMap<String, Object> {

	private final Map<String, Object> values;

	private HandedOver(HashMap<String, Object> values) {
		this.values = values;
	}

	/**
	 * The map, read-only, for a record to keep without copying.
	 * @param values a map its builder no longer changes
	 * @return the view
	 */
	public static Map<String, Object> of(HashMap<String, Object> values) {
		return new HandedOver(values);
	}

	/**
	 * The map itself when it was handed over, else an immutable copy.
	 * @param values any map
	 * @return a map nobody can change
	 */
	public static Map<String, Object> keep(Map<String, Object> values) {
		return (values instanceof HandedOver) ? values : Map.copyOf(values);
	}

	/**
	 * A {@link HashMap} with the same entries, sized for them, filled without an entry
	 * object per value (as {@code new HashMap<>(map)} makes for a read-only view).
	 * @param values any map
	 * @return a new mutable copy
	 */
	public static HashMap<String, Object> mutableCopy(Map<String, Object> values) {
		HashMap<String, Object> copy = new HashMap<>((int) (values.size() / 0.75f) + 1);
		values.forEach(copy::put);
		return copy;
	}

	@Override
	public Object get(Object key) {
		return this.values.get(key);
	}

	@Override
	public boolean containsKey(Object key) {
		return this.values.containsKey(key);
	}

	@Override
	public int size() {
		return this.values.size();
	}

	@Override
	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	@Override
	public void forEach(BiConsumer<? super String, ? super Object> action) {
		this.values.forEach(action);
	}

	@Override
	public Collection<Object> values() {
		return Collections.unmodifiableCollection(this.values.values());
	}

	@Override
	public Set<String> keySet() {
		return Collections.unmodifiableSet(this.values.keySet());
	}

	@Override
	public Set<Map.Entry<String, Object>> entrySet() {
		return Collections.unmodifiableMap(this.values).entrySet();
	}

}
