package intake.validate;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a column's non-empty values fit day-first and month-first dates.
 *
 * @param anyOrder values that need no order (year first, or day equal to month)
 * @param dayFirstOnly values that fit only day first ({@code 31.12.2024})
 * @param monthFirstOnly values that fit only month first ({@code 12/31/2024})
 * @param either values that fit both orders as different dates ({@code 03/04/2024})
 * @param none values that are no date in either order
 * @param firstEither the first value that fits both orders, {@code ""} when none
 */
public record DateEvidence(long anyOrder, long dayFirstOnly, long monthFirstOnly, long either, long none,
		String firstEither) {

	public DateEvidence {
		Objects.requireNonNull(firstEither, "firstEither");
	}

	static DateEvidence empty() {
		return new DateEvidence(0, 0, 0, 0, 0, "");
	}

	/** The orders every non-empty value allows (none when some value is no date). */
	public Set<DateOrder> allowedOrders() {
		Set<DateOrder> orders = EnumSet.noneOf(DateOrder.class);
		if (this.none == 0 && this.monthFirstOnly == 0) {
			orders.add(DateOrder.DAY_FIRST);
		}
		if (this.none == 0 && this.dayFirstOnly == 0) {
			orders.add(DateOrder.MONTH_FIRST);
		}
		return Set.copyOf(orders);
	}

}
