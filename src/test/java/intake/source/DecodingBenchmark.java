package intake.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
 * Decoding a generated company file (UTF-8, Swedish letters every few words) to chars:
 * the JDK's replacing decoder against {@link Utf8Reader}. Run with
 * {@code bench/micro DecodingBenchmark} (the file from {@code -Dintake.bench.file}, else
 * {@code bench/out/companies-ROWS.csv}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xmx256m" })
public class DecodingBenchmark {

	@Param("100000")
	int rows;

	private Path file;

	@Setup
	public void locate() {
		String given = System.getProperty("intake.bench.file");
		this.file = (given != null) ? Path.of(given) : Path.of("bench/out/companies-" + this.rows + ".csv");
		if (!Files.isRegularFile(this.file)) {
			throw new IllegalStateException("No file " + this.file.toAbsolutePath()
					+ ": make it with ../shared/tools/gen_companies.py " + this.rows + " " + this.file);
		}
	}

	@Benchmark
	public long jdk() throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(this.file), 64 * 1024)) {
			return drain(new InputStreamReader(in,
					StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE)));
		}
	}

	@Benchmark
	public long utf8Reader() throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(this.file), 64 * 1024)) {
			return drain(new Utf8Reader(in));
		}
	}

	private static long drain(Reader reader) throws IOException {
		char[] buffer = new char[8192];
		long sum = 0;
		for (int n = reader.read(buffer, 0, buffer.length); n > 0; n = reader.read(buffer, 0, buffer.length)) {
			sum += n + buffer[n - 1];
		}
		return sum;
	}

}
