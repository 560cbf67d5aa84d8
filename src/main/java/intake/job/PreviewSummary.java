package intake.job;

import java.util.List;
import java.util.Map;

import intake.plan.EntityCounts;

/**
 * Totals of a preview over the whole file.
 *
 * @param total data rows
 * @param valid rows without errors
 * @param invalid rows with errors
 * @param withWarnings rows with warnings
 * @param entities records per entity the import would create, update or skip
 * @param columnWarnings column-level notes (e.g. an ambiguous date order)
 * @param maxCustomerNumber the largest numeric customer number in the file (0 if none)
 * @param problemRows rows with errors or warnings
 */
public record PreviewSummary(long total, long valid, long invalid, long withWarnings,
		Map<String, EntityCounts> entities, List<PreviewItem.Problem> columnWarnings, long maxCustomerNumber,
		long problemRows) {

	public PreviewSummary {
		entities = Map.copyOf(entities);
		columnWarnings = List.copyOf(columnWarnings);
	}

}
