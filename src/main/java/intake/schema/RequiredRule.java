package intake.schema;

import java.util.Collection;
import java.util.List;

/**
 * A requirement that at least one of several fields has a value (and is mapped), where no
 * single field is required on its own: a contact needs ContactFirstName, ContactLastName
 * or ContactName; a stock row needs ProductNo, ProductCode or ProductEAN. Immutable.
 *
 * @param anyOf the field keys, at least one of which is needed (two or more)
 */
public record RequiredRule(List<String> anyOf) {

	public RequiredRule {
		anyOf = List.copyOf(anyOf);
		if (anyOf.size() < 2) {
			throw new IllegalArgumentException("A rule needs two or more fields: " + anyOf);
		}
	}

	/**
	 * Whether the given field keys (mapped columns, or non-empty values of a row) satisfy
	 * the rule.
	 * @param present the field keys present; never {@code null}
	 * @return {@code true} when one of {@link #anyOf()} is present
	 */
	public boolean isSatisfiedBy(Collection<String> present) {
		return this.anyOf.stream().anyMatch(present::contains);
	}

	/** A message a person can act on, e.g. "One of ContactFirstName, ... is required". */
	public String message() {
		return "One of " + String.join(", ", this.anyOf) + " is required";
	}

}
