package intake.bench;

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

/**
 * Encoding the texts of COPY's CSV rows: the char-by-char loop {@code PgCopyWriter} had
 * until session 11 ({@code charLoop}) against {@link String#getBytes} then a scan of the
 * bytes for what needs quoting ({@code viaUtf8}, as {@code PgCopyWriter} does now), over
 * the cells of the first 20,000 rows of the 100k benchmark file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m", "-XX:+UseParallelGC" })
public class TextEncodingBenchmark {

	private String[] texts;

	private byte[] out = new byte[1 << 22];

	@Setup
	public void load() throws IOException {
		List<String> cells = new ArrayList<>();
		try (var lines = Files.lines(BenchFiles.companies(100000), StandardCharsets.UTF_8)) {
			lines.skip(1).limit(20000).forEach((line) -> {
				for (String cell : line.split(";")) {
					cells.add(new String(cell.toCharArray()));
				}
			});
		}
		this.texts = cells.toArray(new String[0]);
	}

	@Benchmark
	public int charLoop() {
		int at = 0;
		for (String t : this.texts) {
			at = CharLoop.text(t, this.out, at);
		}
		return at;
	}

	@Benchmark
	public int viaUtf8() {
		int at = 0;
		for (String t : this.texts) {
			at = ViaUtf8.text(t, this.out, at);
		}
		return at;
	}

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

	static final class ViaUtf8 {

		private static final boolean[] SPECIAL = new boolean[256];
		static {
			for (char c : new char[] { ',', '"', '\n', '\r', '\\' }) {
				SPECIAL[c] = true;
			}
		}

		static int text(String text, byte[] out, int at) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			int n = bytes.length;
			boolean special = false;
			for (int i = 0; i < n; i++) {
				special |= SPECIAL[bytes[i] & 0xFF];
			}
			if (!special && n > 0 && bytes[0] != ' ' && bytes[n - 1] != ' ') {
				System.arraycopy(bytes, 0, out, at, n);
				return at + n;
			}
			out[at++] = '"';
			for (int i = 0; i < n; i++) {
				if (bytes[i] == '"') {
					out[at++] = '"';
				}
				out[at++] = bytes[i];
			}
			out[at++] = '"';
			return at;
		}

	}

}
