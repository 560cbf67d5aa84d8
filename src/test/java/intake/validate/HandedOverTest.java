package intake.validate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import intake.plan.RowOutcome;
import intake.plan.RowStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Maps handed over by their builder: kept as they are, read-only through every view. */
class HandedOverTest {

	@Test
	void everyViewIsReadOnly() {
		Map<String, Object> kept = HandedOver.of(new HashMap<>(Map.of("CompanyName", "Åre AB", "CompanyId", "7")));
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
	void keepCopiesOnlyWhatWasNotHandedOver() {
		Map<String, Object> kept = HandedOver.of(new HashMap<>(Map.of("CompanyName", "Åre AB")));
		assertThat(HandedOver.keep(kept)).isSameAs(kept);
		Map<String, Object> plain = new HashMap<>(Map.of("CompanyName", "Åre AB"));
		Map<String, Object> copy = HandedOver.keep(plain);
		plain.put("CompanyName", "changed");
		assertThat(copy).containsEntry("CompanyName", "Åre AB");
	}

	@Test
	void aMutableCopyHasTheEntriesAndIsIndependent() {
		Map<String, Object> source = new LinkedHashMap<>();
		for (int i = 0; i < 40; i++) {
			source.put("Field" + i, (long) i);
		}
		Map<String, Object> kept = HandedOver.of(new HashMap<>(source));
		HashMap<String, Object> copy = HandedOver.mutableCopy(kept);
		assertThat(copy).isEqualTo(source);
		copy.put("Field0", "changed");
		assertThat(kept).containsEntry("Field0", 0L);
	}

	@Test
	void aRowOutcomeKeepsAHandedOverMapAndCopiesAnyOther() {
		HashMap<String, Object> values = new HashMap<>(Map.of("CompanyName", "Åre AB"));
		Map<String, Object> kept = HandedOver.of(values);
		RowOutcome outcome = new RowOutcome(2, RowStatus.CREATE, kept, List.of(), List.of(), List.of());
		assertThat(outcome.values()).isSameAs(kept);
		Map<String, Object> plain = new HashMap<>(Map.of("CompanyName", "Åre AB"));
		RowOutcome copied = new RowOutcome(2, RowStatus.CREATE, plain, List.of(), List.of(), List.of());
		plain.put("CompanyName", "changed");
		assertThat(copied.values()).containsEntry("CompanyName", "Åre AB");
		assertThat(copied).isEqualTo(outcome);
		assertThat(outcome.changes()).isEmpty();
	}

}
