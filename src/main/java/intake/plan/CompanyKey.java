package intake.plan;

import java.util.Objects;

/**
 * A natural key of a company, in canonical form.
 *
 * @param kind which natural key
 * @param value the canonical value (for {@link Kind#NAME_POSTCODE} the lower-case name
 * and the postcode without spaces, joined by a unit separator)
 */
public record CompanyKey(Kind kind, String value) {

	public CompanyKey {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(value, "value");
	}

	/** The natural keys of a company, strongest first. */
	public enum Kind {

		/** The customer number ({@code CompanyId}). */
		CUSTOMER_NO,
		/** The organisation number ({@code CompanyGovNo}), canonical. */
		GOV_NO,
		/** The name together with the postal postcode. */
		NAME_POSTCODE

	}

}
