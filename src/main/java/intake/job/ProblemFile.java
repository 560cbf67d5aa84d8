package intake.job;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The problem file ({@code problems.csv}: rows with errors or warnings, before import) or
 * the error file ({@code errors.csv}: the failed rows as in the file) of a job, as API.md
 * defines them: {@code Line} and {@code Error} first, then the row's cells; UTF-8 with
 * BOM, the source's delimiter. The REST API and the wizard serve the same file.
 */
public final class ProblemFile {

	private static final int PAGE = 1000;

	private final ImportJobs imports;

	private final long tenantId;

	private final String id;

	private final boolean onlyFailed;

	private final char delimiter;

	private final List<String> header;

	private final long problemRows;

	private ProblemFile(ImportJobs imports, long tenantId, ImportJob job, boolean onlyFailed, long problemRows) {
		this.imports = imports;
		this.tenantId = tenantId;
		this.id = job.id();
		this.onlyFailed = onlyFailed;
		this.delimiter = job.source().delimiter();
		this.header = job.columns().stream().map(JobColumn::header).toList();
		this.problemRows = problemRows;
	}

	/**
	 * Prepares the file of a job, so that a missing job or preview fails before anything
	 * is written.
	 * @param onlyFailed {@code true} for the error file, {@code false} for the problem
	 * file
	 * @throws ImportException {@code NOT_FOUND} or {@code WRONG_STATE} as
	 * {@link ImportJobs#preview} does
	 */
	public static ProblemFile of(ImportJobs imports, long tenantId, String id, boolean onlyFailed) {
		ImportJob job = imports.get(tenantId, id);
		PreviewSummary summary = imports.preview(tenantId, id, 0, 1, true).summary();
		return new ProblemFile(imports, tenantId, job, onlyFailed, summary.problemRows());
	}

	/** The name to download it as, e.g. {@code errors-<id>.csv}. */
	public String fileName() {
		return (this.onlyFailed ? "errors-" : "problems-") + this.id + ".csv";
	}

	/** Writes the file, reading the preview a page at a time. */
	public void writeTo(OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		intake.files.CsvWriter csv = new intake.files.CsvWriter(writer, this.delimiter);
		writer.write('\uFEFF');
		csv.row(concat(List.of("Line", "Error"), this.header));
		for (long offset = 0; offset < this.problemRows; offset += PAGE) {
			for (PreviewItem item : this.imports.preview(this.tenantId, this.id, offset, PAGE, true).items()) {
				if (this.onlyFailed && item.errors().isEmpty()) {
					continue;
				}
				String message = this.onlyFailed ? CsvOut.errors(item) : CsvOut.describe(item);
				csv.row(concat(List.of(Long.toString(item.line()), message), item.raw()));
			}
		}
		writer.flush();
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first.size() + second.size());
		all.addAll(first);
		all.addAll(second);
		return all;
	}

}
