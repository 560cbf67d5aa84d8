package intake.validate;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Options that change how cells are read.
 *
 * @param nullTokens cell values read as empty, compared case-insensitively after
 * trimming; default none ({@code NA} is also Namibia, so nothing is a null token unless
 * the user says so)
 * @param dateOrders the user's explicit day/month order per field key; it wins over what
 * the column's values suggest
 * @param decimalStyles the user's explicit decimal style per field key; it wins over what
 * the column's values suggest
 */
public record ValidationOptions(Set<String> nullTokens, Map<String, DateOrder> dateOrders,
		Map<String, DecimalStyle> decimalStyles) {

	public ValidationOptions {
		nullTokens = nullTokens.stream()
			.map((token) -> Cells.trim(token).toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		dateOrders = Map.copyOf(dateOrders);
		decimalStyles = Map.copyOf(decimalStyles);
	}

	/** Only null tokens, no explicit formats. */
	public ValidationOptions(Set<String> nullTokens) {
		this(nullTokens, Map.of(), Map.of());
	}

	/** No null tokens, no explicit formats. */
	public static ValidationOptions defaults() {
		return new ValidationOptions(Set.of());
	}

	boolean isNullToken(String cleaned) {
		return !this.nullTokens.isEmpty() && this.nullTokens.contains(cleaned.toLowerCase(Locale.ROOT));
	}

}
