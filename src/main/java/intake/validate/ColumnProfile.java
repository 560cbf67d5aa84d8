package intake.validate;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a column's values look like, built by {@link ColumnProfiler} in constant space.
 *
 * @param index the 0-based column index
 * @param samples up to 3 distinct non-empty values, first seen, cleaned (trimmed, Excel
 * apostrophe stripped)
 * @param nonEmpty how many cells had a value
 * @param empty how many cells were empty (or a null token)
 * @param dates how the non-empty values fit the two day/month orders
 * @param decimals how the non-empty values fit the two decimal styles
 */
public record ColumnProfile(int index, List<String> samples, long nonEmpty, long empty, DateEvidence dates,
		DecimalEvidence decimals) {

	public ColumnProfile {
		samples = List.copyOf(samples);
		Objects.requireNonNull(dates, "dates");
		Objects.requireNonNull(decimals, "decimals");
	}

	/** A profile of a column without any cells. */
	public static ColumnProfile empty(int index) {
		return new ColumnProfile(index, List.of(), 0, 0, DateEvidence.empty(), DecimalEvidence.empty());
	}

	/** The day/month orders all non-empty values allow. */
	public Set<DateOrder> dateOrders() {
		return this.dates.allowedOrders();
	}

	/** The decimal styles all non-empty values allow. */
	public Set<DecimalStyle> decimalStyles() {
		return this.decimals.allowedStyles();
	}

}
