package intake.job;

import java.util.List;

import intake.source.SourceRow;

/**
 * The first records of a job's file as the job reads it now (its encoding, delimiter or
 * sheet), for a person to check at a glance: the lines above the header, the header
 * itself and the first data rows, each with its physical line (or sheet row).
 *
 * @param headerRow the header's line as the job reads it, 0 for none
 * @param rows the records in file order, all fitted to one width
 */
public record FileSample(int headerRow, List<SourceRow> rows) {

	public FileSample {
		rows = List.copyOf(rows);
	}

}
