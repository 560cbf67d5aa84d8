package intake.validate;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import intake.schema.ImportType;

/**
 * The rules of single import types beyond what their field types check, applied by
 * {@link RowValidator} to a converted value; a broken rule is a row error. Today one
 * rule: in {@code accounts}, AccountNo has digits only and, when the tenant's country is
 * SE (BAS) or NO (NS 4102), exactly 4 digits with the first from 1 to 8 (1 assets … 8
 * financial items and results). Immutable.
 */
final class TypeRules {

	private static final TypeRules NONE = new TypeRules(Map.of());

	private final Map<String, Function<Object, Optional<String>>> byField;

	private TypeRules(Map<String, Function<Object, Optional<String>>> byField) {
		this.byField = Map.copyOf(byField);
	}

	/** The rules of a type for a tenant; none for most types. */
	static TypeRules of(ImportType type, TenantSettings settings) {
		if ("accounts".equals(type.key())) {
			return new TypeRules(Map.of("AccountNo", (value) -> accountNo((String) value, settings.country())));
		}
		return NONE;
	}

	/**
	 * What is wrong with a field's converted value, or empty when it keeps the rules.
	 */
	Optional<String> check(String fieldKey, Object value) {
		Function<Object, Optional<String>> rule = this.byField.get(fieldKey);
		return (rule != null) ? rule.apply(value) : Optional.empty();
	}

	static Optional<String> accountNo(String value, String country) {
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return Optional.of("'" + value + "' is not an account number: write digits only (e.g. 1930)");
			}
		}
		String standard = switch (country) {
			case "SE" -> "the Swedish BAS chart of accounts";
			case "NO" -> "the Norwegian NS 4102 chart of accounts";
			default -> null;
		};
		if (standard != null && (value.length() != 4 || value.charAt(0) < '1' || value.charAt(0) > '8')) {
			return Optional.of("'" + value + "' is not an account number of " + standard
					+ ", which expects 4 digits with the first from 1 to 8 (e.g. 1930)");
		}
		return Optional.empty();
	}

}
