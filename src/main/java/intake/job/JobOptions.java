package intake.job;

import java.util.List;
import java.util.Objects;

import intake.schema.ImportMode;

/**
 * The options of an import, as {@code PUT …/options} sets them.
 *
 * @param mode create, update or upsert
 * @param matchOn the natural-key fields used to find existing records
 * @param onError skip invalid rows or refuse to start
 * @param emptyCells whether empty cells clear values
 * @param createMissing create unknown categories and the like
 * @param stock set or adjust stock levels
 * @param updatePrices update existing prices (price lists)
 * @param nullTokens cell values read as empty
 */
public record JobOptions(ImportMode mode, List<String> matchOn, ErrorPolicy onError, EmptyCells emptyCells,
		boolean createMissing, StockMode stock, boolean updatePrices, List<String> nullTokens) {

	public JobOptions {
		Objects.requireNonNull(mode, "mode");
		matchOn = List.copyOf(matchOn);
		Objects.requireNonNull(onError, "onError");
		Objects.requireNonNull(emptyCells, "emptyCells");
		Objects.requireNonNull(stock, "stock");
		nullTokens = List.copyOf(nullTokens);
	}

}
