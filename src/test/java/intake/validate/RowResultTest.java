package intake.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A row's values are read-only whether copied or handed over by the validator. */
class RowResultTest {

	@Test
	void handedOverValuesAreKeptReadOnlyAndEqualACopy() {
		RowValues values = RowValues.copyOf(Map.of("CompanyName", "Åre AB", "CompanyPostCode", "83013"), 0);
		RowResult owned = RowResult.owning(2, values, List.of(), List.of());
		RowResult copied = new RowResult(2, Map.of("CompanyName", "Åre AB", "CompanyPostCode", "83013"), List.of(),
				List.of());
		assertThat(owned).isEqualTo(copied).hasSameHashCodeAs(copied);
		assertThat(owned.values()).containsEntry("CompanyName", "Åre AB").hasSize(2);
		assertThatThrownBy(() -> owned.values().put("CompanyName", "x"))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> owned.values().entrySet().iterator().next().setValue("x"))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> owned.values().remove("CompanyName"))
			.isInstanceOf(UnsupportedOperationException.class);
		// re-made with other problems (as the pass does for moved columns), still not
		// copied
		RowResult again = new RowResult(owned.line(), owned.values(), List.of(), List.of());
		assertThat(again.values()).isSameAs(owned.values());
	}

	@Test
	void anyOtherMapIsCopied() {
		HashMap<String, Object> values = new HashMap<>(Map.of("CompanyName", "Åre AB"));
		RowResult result = new RowResult(2, values, List.of(), List.of());
		values.put("CompanyName", "changed");
		assertThat(result.values()).containsEntry("CompanyName", "Åre AB");
	}

}
