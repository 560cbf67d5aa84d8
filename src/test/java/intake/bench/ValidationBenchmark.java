package intake.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import intake.schema.ImportTypes;
import intake.source.CsvSources;
import intake.source.Detection;
import intake.source.RowSource;
import intake.source.SourceRow;
import intake.validate.ColumnProfiler;
import intake.validate.RowResult;
import intake.validate.RowValidator;
import intake.validate.TenantSettings;
import intake.validate.ValidationOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link RowValidator#validate} per row for the companies mapping of the generated file,
 * with profiles of the same rows; rows are taken in file order, round robin.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g" })
public class ValidationBenchmark {

	static final Map<String, Integer> COMPANIES = Map.ofEntries(Map.entry("CompanyName", 0),
			Map.entry("CompanyGovNo", 1), Map.entry("CompanyId", 2), Map.entry("CompanyPostStreet", 3),
			Map.entry("CompanyPostPostcode", 4), Map.entry("CompanyPostCity", 5), Map.entry("CompanyCountry", 6),
			Map.entry("CompanyPhone", 7), Map.entry("CompanyEmail", 8), Map.entry("CompanyWebsite", 9),
			Map.entry("ContactFirstName", 10), Map.entry("ContactLastName", 11), Map.entry("ContactRoleEmail", 12),
			Map.entry("ContactRolePhone", 13), Map.entry("ContactRolePosition", 14));

	/** How many rows of the file are validated in turn. */
	@Param("100000")
	int rows;

	private List<SourceRow> sample;

	private RowValidator validator;

	private int next;

	@Setup
	public void read() {
		Path file = BenchFiles.companies(100_000);
		Detection detection = CsvSources.detect(file, Optional.empty(), Optional.empty());
		ColumnProfiler profiler = new ColumnProfiler();
		this.sample = new ArrayList<>(this.rows);
		try (RowSource source = CsvSources.open(file, detection, CsvSources.DEFAULT_HEADER_ROW)) {
			while (source.hasNext()) {
				SourceRow row = source.next();
				profiler.accept(row.fields());
				if (this.sample.size() < this.rows) {
					this.sample.add(row);
				}
			}
		}
		this.validator = new RowValidator(ImportTypes.get("companies"), COMPANIES, profiler.profiles(),
				TenantSettings.defaults(), ValidationOptions.defaults());
	}

	@Benchmark
	public RowResult validate() {
		SourceRow row = this.sample.get(this.next);
		this.next = (this.next + 1 == this.sample.size()) ? 0 : this.next + 1;
		return this.validator.validate(row.line(), row.fields());
	}

}
