package intake.job;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import intake.mapping.Shaping;

/**
 * A user's change of a job's mapping ({@code PUT …/mapping}). Every part is optional;
 * what is not named stays as it is.
 *
 * @param columns column index to field key, empty to ignore the column
 * @param constants field key to its constant, empty to remove the constant
 * @param valueMaps column index to its value map (cell value to value), empty to remove
 * it
 * @param combine the combined fields, replacing the current ones when present
 * @param split the split columns, replacing the current ones when present
 * @param savedMapping the id of a saved mapping applied first
 */
public record MappingChange(Map<Integer, Optional<String>> columns, Map<String, Optional<String>> constants,
		Map<Integer, Optional<Map<String, String>>> valueMaps, Optional<List<Shaping.Combine>> combine,
		Optional<List<Shaping.Split>> split, Optional<String> savedMapping) {

	public MappingChange {
		columns = Map.copyOf(columns);
		constants = Map.copyOf(constants);
		valueMaps = Map.copyOf(valueMaps);
	}

	/** Only column assignments. */
	public static MappingChange ofColumns(Map<Integer, Optional<String>> columns) {
		return new MappingChange(columns, Map.of(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty());
	}

}
