package intake.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

import intake.bench.BenchFiles;

/**
 * Rendering COPY's CSV rows: {@link PgCopyWriter.RowsInput} as it is ({@code copyRows}:
 * texts encoded by {@link String#getBytes}, then scanned for what needs quoting) against
 * the char-by-char loop it had until session 11 ({@code charLoop}, kept here as the
 * baseline), over the cells of the first 20,000 rows of the 100k benchmark file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m", "-XX:+UseParallelGC" })
public class TextEncodingBenchmark {

	private List<Object[]> rows;

	private final byte[] out = new byte[1 << 22];

	@Setup
	public void load() throws IOException {
		this.rows = new ArrayList<>();
		try (var lines = Files.lines(BenchFiles.companies(100000), StandardCharsets.UTF_8)) {
			lines.skip(1).limit(20000).forEach((line) -> {
				String[] cells = line.split(";");
				Object[] row = new Object[cells.length];
				for (int i = 0; i < cells.length; i++) {
					row[i] = new String(cells[i].toCharArray());
				}
				this.rows.add(row);
			});
		}
	}

	@Benchmark
	public int copyRows() throws IOException {
		int total = 0;
		try (PgCopyWriter.RowsInput input = new PgCopyWriter.RowsInput(this.rows)) {
			int n;
			while ((n = input.read(this.out, 0, this.out.length)) > 0) {
				total += n;
			}
		}
		return total;
	}

	@Benchmark
	public int charLoop() {
		int at = 0;
		for (Object[] row : this.rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					this.out[at++] = ',';
				}
				at = CharLoop.text((String) row[i], this.out, at);
			}
			this.out[at++] = '\n';
		}
		return at;
	}

	/** How {@code PgCopyWriter} encoded a text until session 11. */
	static final class CharLoop {

		static int text(String text, byte[] out, int at) {
			boolean quoted = text.isEmpty() || needsQuotes(text);
			if (quoted) {
				out[at++] = '"';
			}
			for (int i = 0; i < text.length(); i++) {
				char ch = text.charAt(i);
				if (ch < 0x80) {
					if (ch == '"' && quoted) {
						out[at++] = '"';
					}
					out[at++] = (byte) ch;
				}
				else if (Character.isSurrogate(ch)) {
					out[at++] = '?';
				}
				else if (ch < 0x800) {
					out[at++] = (byte) (0xC0 | (ch >> 6));
					out[at++] = (byte) (0x80 | (ch & 0x3F));
				}
				else {
					out[at++] = (byte) (0xE0 | (ch >> 12));
					out[at++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
					out[at++] = (byte) (0x80 | (ch & 0x3F));
				}
			}
			if (quoted) {
				out[at++] = '"';
			}
			return at;
		}

		private static boolean needsQuotes(String text) {
			for (int i = 0; i < text.length(); i++) {
				char ch = text.charAt(i);
				if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r' || ch == '\\') {
					return true;
				}
			}
			return text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ';
		}

	}

}
