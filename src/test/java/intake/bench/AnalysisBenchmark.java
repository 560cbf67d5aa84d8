package intake.bench;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import intake.source.CsvSources;
import intake.source.Detection;
import intake.source.RowSource;
import intake.validate.ColumnProfiler;
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
 * The analysis of a file as {@code intake.job.Analyzer} runs it: detection, then one pass
 * that profiles every column and counts the rows. Also the two halves on their own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m" })
public class AnalysisBenchmark {

	@Param("100000")
	int rows;

	private Path file;

	private Detection detection;

	@Setup
	public void locate() {
		this.file = BenchFiles.companies(this.rows);
		this.detection = CsvSources.detect(this.file, Optional.empty(), Optional.empty());
	}

	@Benchmark
	public long analysis() {
		Detection detected = CsvSources.detect(this.file, Optional.empty(), Optional.empty());
		return profile(detected);
	}

	@Benchmark
	public Detection detect() {
		return CsvSources.detect(this.file, Optional.empty(), Optional.empty());
	}

	@Benchmark
	public long profilePass() {
		return profile(this.detection);
	}

	private long profile(Detection detected) {
		ColumnProfiler profiler = new ColumnProfiler();
		long count = 0;
		try (RowSource source = CsvSources.open(this.file, detected, CsvSources.DEFAULT_HEADER_ROW)) {
			while (source.hasNext()) {
				profiler.accept(source.next().fields());
				count++;
			}
		}
		return count + profiler.profiles().size();
	}

}
