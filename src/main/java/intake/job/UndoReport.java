package intake.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What undoing an import does (its preview) or did (once the job is {@code UNDONE}): per
 * entity the records it removes, the records whose previous values it restores and the
 * records it keeps, and the kept records themselves (at most {@link Undos#KEPT_LIMIT}).
 * The figures list only entities with a non-zero number, companies and contacts first,
 * then by name.
 *
 * @param remove records the import created, removed
 * @param restore records the import updated, given their previous values back
 * @param keep records kept because they were edited or are referenced since the import
 * @param kept the kept records, at most 1,000
 */
public record UndoReport(Map<String, Long> remove, Map<String, Long> restore, Map<String, Long> keep,
		List<KeptRecord> kept) {

	public UndoReport {
		remove = figures(remove);
		restore = figures(restore);
		keep = figures(keep);
		kept = List.copyOf(kept);
	}

	private static Map<String, Long> figures(Map<String, Long> counts) {
		Map<String, Long> figures = new LinkedHashMap<>();
		for (String entity : List.of("companies", "contacts")) {
			figures.put(entity, counts.get(entity));
		}
		figures.putAll(new TreeMap<>(counts));
		figures.values().removeIf((n) -> n == null || n == 0);
		return Collections.unmodifiableMap(figures);
	}

	/**
	 * A record undo keeps.
	 *
	 * @param entity the entity, e.g. {@code companies}
	 * @param id the record id
	 * @param reason {@code MODIFIED_AFTER_IMPORT}, {@code REFERENCED} or
	 * {@code PREVIOUS_LINK_GONE} (a record the import updated whose previous values link
	 * to a record deleted since; it keeps the import's values)
	 */
	public record KeptRecord(String entity, String id, String reason) {
	}

}
