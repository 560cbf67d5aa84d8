package intake.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import intake.plan.RowOutcome;
import intake.plan.RowStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A row's values in one array: a map like any other, read-only once handed over. */
class RowValuesTest {

	private static RowValues handedOver(Map<String, Object> entries) {
		return RowValues.copyOf(entries, 0).handOver();
	}

	@Test
	void everyViewIsReadOnlyOnceHandedOver() {
		Map<String, Object> kept = handedOver(Map.of("CompanyName", "Åre AB", "CompanyId", "7"));
		assertThatThrownBy(() -> kept.put("CompanyCity", "Åre")).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> kept.remove("CompanyId")).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> kept.values().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> kept.values().iterator().remove()).isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> kept.keySet().remove("CompanyId")).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> kept.entrySet().iterator().next().setValue("x"))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> kept.putAll(Map.of("CompanyCity", "Åre")))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThat(kept).isEqualTo(Map.of("CompanyName", "Åre AB", "CompanyId", "7"));
		assertThat(kept.values()).containsExactlyInAnyOrder("Åre AB", "7");
		assertThat(kept.isEmpty()).isFalse();
	}

	@Test
	void keepCopiesOnlyWhatWasHandedOver() {
		Map<String, Object> kept = handedOver(Map.of("CompanyName", "Åre AB"));
		assertThat(RowValues.keep(kept)).isSameAs(kept);
		RowValues building = RowValues.copyOf(Map.of("CompanyName", "Åre AB"), 0);
		Map<String, Object> copyOfBuilding = RowValues.keep(building);
		building.put("CompanyName", "changed");
		assertThat(copyOfBuilding).containsEntry("CompanyName", "Åre AB");
		Map<String, Object> plain = new HashMap<>(Map.of("CompanyName", "Åre AB"));
		Map<String, Object> copy = RowValues.keep(plain);
		plain.put("CompanyName", "changed");
		assertThat(copy).containsEntry("CompanyName", "Åre AB");
	}

	@Test
	void aCopyHasTheEntriesAndIsIndependent() {
		Map<String, Object> source = new LinkedHashMap<>();
		for (int i = 0; i < 40; i++) {
			source.put("Field" + i, (long) i);
		}
		RowValues kept = handedOver(source);
		RowValues copy = RowValues.copyOf(kept, 1);
		assertThat(copy).isEqualTo(source).hasSameHashCodeAs(source);
		copy.put("Field0", "changed");
		assertThat(kept).containsEntry("Field0", 0L);
	}

	@Test
	void aRowOutcomeKeepsAHandedOverMapAndCopiesAnyOther() {
		Map<String, Object> kept = handedOver(Map.of("CompanyName", "Åre AB"));
		RowOutcome outcome = new RowOutcome(2, RowStatus.CREATE, kept, List.of(), List.of(), List.of());
		assertThat(outcome.values()).isSameAs(kept);
		Map<String, Object> plain = new HashMap<>(Map.of("CompanyName", "Åre AB"));
		RowOutcome copied = new RowOutcome(2, RowStatus.CREATE, plain, List.of(), List.of(), List.of());
		plain.put("CompanyName", "changed");
		assertThat(copied.values()).containsEntry("CompanyName", "Åre AB");
		assertThat(copied).isEqualTo(outcome);
		assertThat(outcome.changes()).isEmpty();
	}

	@Test
	void nullValuesAreEntriesAndNullKeysAreNot() {
		RowValues values = new RowValues(2);
		values.put("ContactName", null);
		assertThat(values).containsKey("ContactName").hasSize(1);
		assertThat(values.get("ContactName")).isNull();
		assertThat(values.get(null)).isNull();
		assertThat(values.containsKey(null)).isFalse();
		assertThatThrownBy(() -> values.put(null, "x")).isInstanceOf(NullPointerException.class);
		assertThat(values.put("ContactName", "Anna")).isNull();
		assertThat(values.put("ContactName", "Berit")).isEqualTo("Anna");
		assertThat(values).isEqualTo(Map.of("ContactName", "Berit"));
	}

	/**
	 * Keys whose home is one of the last slots of a 16-slot table (as eight values get)
	 * probe round its end to the first slots; removals in a seeded order keep every other
	 * key reachable.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 5, 6, 7, 8, 9, 10, 11, 12 })
	void probesWrapRoundTheTablesEndAndRemovalKeepsThemReachable(long seed) {
		Random random = new Random(seed);
		List<String> keys = new ArrayList<>();
		for (int i = 0; keys.size() < 8; i++) {
			String key = "Field" + random.nextInt(1_000_000);
			int h = key.hashCode();
			if (((h ^ (h >>> 16)) & 15) >= 13 && !keys.contains(key)) {
				keys.add(key);
			}
		}
		RowValues values = new RowValues(8);
		Map<String, Object> expected = new HashMap<>();
		for (String key : keys) {
			values.put(key, key.length());
			expected.put(key, key.length());
		}
		java.util.Collections.shuffle(keys, random);
		for (String key : keys) {
			assertThat(values.remove(key)).isEqualTo(expected.remove(key));
			for (String probe : keys) {
				assertThat(values.get(probe)).as("%s after removing %s", probe, key).isEqualTo(expected.get(probe));
			}
			assertThat(values).isEqualTo(expected);
		}
		assertThat(values).isEmpty();
	}

	/**
	 * Puts, overwrites and removals in a seeded random order, on keys chosen to collide
	 * (few distinct hashes in a small table), against a HashMap doing the same.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 42, 4711, 20261207 })
	void behavesAsAHashMapUnderCollisionsGrowthAndRemoval(long seed) {
		Random random = new Random(seed);
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			// "Aa" and "BB" share a hash code: keys built from them collide in groups
			StringBuilder key = new StringBuilder();
			for (int j = 0; j < 3; j++) {
				key.append(random.nextBoolean() ? "Aa" : "BB");
			}
			keys.add(key.append(random.nextInt(8)).toString());
		}
		RowValues values = new RowValues(random.nextInt(4));
		Map<String, Object> expected = new HashMap<>();
		for (int step = 0; step < 2_000; step++) {
			String key = keys.get(random.nextInt(keys.size()));
			if (random.nextInt(3) == 0) {
				assertThat(values.remove(key)).as("remove %s at step %d", key, step).isEqualTo(expected.remove(key));
			}
			else {
				Object value = random.nextInt(10) == 0 ? null : (Object) step;
				assertThat(values.put(key, value)).isEqualTo(expected.put(key, value));
			}
			for (String probe : keys) {
				assertThat(values.get(probe)).isEqualTo(expected.get(probe));
				assertThat(values.containsKey(probe)).isEqualTo(expected.containsKey(probe));
			}
			assertThat(values).hasSize(expected.size());
		}
		Map<String, Object> seen = new HashMap<>();
		values.forEach(seen::put);
		assertThat(seen).isEqualTo(expected);
		assertThat(values).isEqualTo(expected).hasSameHashCodeAs(expected);
		assertThat(values.entrySet()).hasSize(expected.size());
	}

}
