package intake.job;

import java.util.List;
import java.util.Optional;

/**
 * A change of import options; empty parts keep their value. Values are the API's strings
 * and are checked when applied.
 */
public record OptionsChange(Optional<String> mode, Optional<List<String>> matchOn, Optional<String> onError,
		Optional<String> emptyCells, Optional<Boolean> createMissing, Optional<String> stock,
		Optional<Boolean> updatePrices, Optional<List<String>> nullTokens) {

	public static OptionsChange none() {
		return new OptionsChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

}
