package intake.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The separators the page offers for combining columns, by name (a message key suffix): a
 * line break first, as for two lines of a street address.
 */
final class MappingSeparators {

	static final Map<String, String> BY_NAME = byName();

	private MappingSeparators() {
	}

	private static Map<String, String> byName() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("newline", "\n");
		names.put("space", " ");
		names.put("comma", ", ");
		names.put("semicolon", "; ");
		names.put("dash", " - ");
		return java.util.Collections.unmodifiableMap(names);
	}

	/** The separator of a name; empty for a name the page does not offer. */
	static Optional<String> of(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	/** The name of a separator; "other" for one set through the API. */
	static String nameOf(String separator) {
		return BY_NAME.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(separator))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("other");
	}

}
