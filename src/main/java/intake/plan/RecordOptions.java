package intake.plan;

import java.util.List;
import java.util.Objects;

/**
 * Options of the types beyond companies.
 *
 * @param createMissing whether unknown company categories are created (product categories
 * always are)
 * @param stock how a stock file's quantities apply
 * @param updatePrices whether a price list file updates prices that exist
 * @param matchOn the natural-key fields that find a stored record, in order of
 * preference; the type's first natural key when none of them is one
 */
public record RecordOptions(boolean createMissing, StockRule stock, boolean updatePrices, List<String> matchOn) {

	/** No categories created, stock set, prices kept, the first natural key matched. */
	public static final RecordOptions DEFAULT = new RecordOptions(false, StockRule.SET, false, List.of());

	public RecordOptions {
		Objects.requireNonNull(stock, "stock");
		matchOn = List.copyOf(matchOn);
	}

	/** How the quantities of a stock file apply to the stored stock level. */
	public enum StockRule {

		/** The quantity is the new stock level (default). */
		SET,
		/** The quantity is added to the stored level (negative to take stock out). */
		ADJUST

	}

}
