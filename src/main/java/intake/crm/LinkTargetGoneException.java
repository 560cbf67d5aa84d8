package intake.crm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes were to point at records that no longer exist (deleted by another writer since
 * they were looked up); the transaction that made them is to roll back. The message names
 * the records, e.g. {@code companies 4000, 4001}.
 */
public final class LinkTargetGoneException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Map<String, Set<Long>> missing;

	/**
	 * @param missing referenced table to the ids that are gone
	 */
	public LinkTargetGoneException(Map<String, Set<Long>> missing) {
		super(describe(missing));
		Map<String, Set<Long>> copy = new LinkedHashMap<>();
		missing.forEach((table, ids) -> copy.put(table, Set.copyOf(ids)));
		this.missing = java.util.Collections.unmodifiableMap(copy);
	}

	/** Referenced table to the ids that are gone. */
	public Map<String, Set<Long>> missing() {
		return this.missing;
	}

	private static String describe(Map<String, Set<Long>> missing) {
		return "records deleted while they were being linked to: " + missing.entrySet()
			.stream()
			.map((e) -> References.entityOf(e.getKey()) + " "
					+ e.getValue().stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))
					+ ((e.getValue().size() > 10) ? " …" : ""))
			.collect(Collectors.joining("; "));
	}

}
