package intake.job;

import java.util.List;

/**
 * One file column of a job: its header, the field it maps to and what its values look
 * like. {@code field} is null when the column is ignored (the API's JSON encoding).
 *
 * @param index 0-based column index
 * @param header the header cell
 * @param field the mapped field key, or null
 * @param confidence confidence of the mapping, 0..1
 * @param suggestions up to three alternative field keys
 * @param samples up to three sample values
 * @param reason why the column maps as it does when a saved or learned mapping decided it
 * (e.g. "Learned: …"), else null
 */
public record JobColumn(int index, String header, String field, double confidence, List<String> suggestions,
		List<String> samples, String reason) {

	public JobColumn {
		suggestions = List.copyOf(suggestions);
		samples = List.copyOf(samples);
	}

	/** A column mapped by header matching alone (no reason). */
	public JobColumn(int index, String header, String field, double confidence, List<String> suggestions,
			List<String> samples) {
		this(index, header, field, confidence, suggestions, samples, null);
	}

}
