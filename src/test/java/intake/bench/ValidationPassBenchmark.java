package intake.bench;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import intake.schema.ImportTypes;
import intake.source.CsvSources;
import intake.source.Detection;
import intake.source.RowSource;
import intake.source.SourceRow;
import intake.validate.ColumnProfiler;
import intake.validate.RowValidator;
import intake.validate.TenantSettings;
import intake.validate.ValidationOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation as the import pass sees it: each row validated right after it is read, so
 * its cells are fresh in the CPU caches and the memo sees the file's own repetition.
 * {@code (validatingPass - readingPass) / rows} is the cost of validation per row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m" })
public class ValidationPassBenchmark {

	private Path file;

	private Detection detection;

	private RowValidator validator;

	@Setup
	public void profile() {
		this.file = BenchFiles.companies(100_000);
		this.detection = CsvSources.detect(this.file, Optional.empty(), Optional.empty());
		ColumnProfiler profiler = new ColumnProfiler();
		try (RowSource source = CsvSources.open(this.file, this.detection, CsvSources.DEFAULT_HEADER_ROW)) {
			while (source.hasNext()) {
				profiler.accept(source.next().fields());
			}
		}
		this.validator = new RowValidator(ImportTypes.get("companies"), ValidationBenchmark.COMPANIES,
				profiler.profiles(), TenantSettings.defaults(), ValidationOptions.defaults());
	}

	@Benchmark
	public long readingPass() {
		long cells = 0;
		try (RowSource source = CsvSources.open(this.file, this.detection, CsvSources.DEFAULT_HEADER_ROW)) {
			while (source.hasNext()) {
				cells += source.next().fields().size();
			}
		}
		return cells;
	}

	@Benchmark
	public long validatingPass() {
		long valid = 0;
		try (RowSource source = CsvSources.open(this.file, this.detection, CsvSources.DEFAULT_HEADER_ROW)) {
			while (source.hasNext()) {
				SourceRow row = source.next();
				valid += this.validator.validate(row.line(), row.fields()).valid() ? 1 : 0;
			}
		}
		return valid;
	}

}
