package intake.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PgCopyRowsTest {

	private static final List<Object[]> ROWS = List.of(new Object[] { 1L, "Åre AB", null, "" },
			new Object[] { 2L, "a,b", "say \"hi\"", new BigDecimal("1E+2") },
			new Object[] { 3L, " padded", "line\nbreak", "back\\slash" }, new Object[] { -40L, 7, Long.MIN_VALUE,
					"€ 5 \uD83D\uDE00 ö", "lone \uD800 x", Boolean.TRUE, java.time.LocalDate.of(2024, 2, 29) },
			new Object[] { 0L, "ØÆ, \"ß\"" });

	private static final String CSV = "1,Åre AB,,\"\"\n" + "2,\"a,b\",\"say \"\"hi\"\"\",100\n"
			+ "3,\" padded\",\"line\nbreak\",\"back\\slash\"\n"
			+ "-40,7,-9223372036854775808,€ 5 \uD83D\uDE00 ö,lone ? x,true,2024-02-29\n" + "0,\"ØÆ, \"\"ß\"\"\"\n";

	/**
	 * Any read size gives the same UTF-8 text; a large read takes several rows at once.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 7, 64, 65536 })
	void rowsAreRenderedAsCopyCsvWhateverTheReadSize(int size) throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		List<Integer> reads = new ArrayList<>();
		try (PgCopyWriter.RowsInput input = new PgCopyWriter.RowsInput(ROWS)) {
			byte[] buffer = new byte[size];
			int n;
			while ((n = input.read(buffer, 0, size)) >= 0) {
				out.write(buffer, 0, n);
				reads.add(n);
			}
		}
		byte[] expected = CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(out.toByteArray()).isEqualTo(expected);
		assertThat(reads).allSatisfy((n) -> assertThat(n).isPositive().isLessThanOrEqualTo(size));
		if (size == 65536) {
			assertThat(reads).containsExactly(expected.length);
		}
	}

	/**
	 * Texts of every kind (ASCII, Latin-1, other BMP chars, surrogate pairs, lone
	 * surrogates, the characters that make a text quoted, spaces at either end, empty)
	 * are written as COPY's CSV reads them back: quoted exactly when they must be, a
	 * quote doubled, the rest in UTF-8 as {@link String#getBytes} encodes it.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void textsOfEveryKindAreWrittenAsCopyReadsThem(long seed) throws Exception {
		Random random = new Random(seed);
		String[] parts = { "a", "Z", "9", " ", ",", "\"", "\n", "\r", "\\", ".", "å", "Ö", "ß", "€", "ł",
				"\uD83D\uDE00", "\uD800", "\uDC00", "?", "\t" };
		List<Object[]> rows = new ArrayList<>();
		StringBuilder expected = new StringBuilder();
		for (int r = 0; r < 300; r++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(12);
			for (int i = 0; i < length; i++) {
				text.append(parts[random.nextInt(parts.length)]);
			}
			String value = text.toString();
			rows.add(new Object[] { (long) r, value });
			String encoded = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
			boolean quoted = value.isEmpty() || value.startsWith(" ") || value.endsWith(" ")
					|| value.chars().anyMatch((ch) -> ",\"\n\r\\".indexOf(ch) >= 0);
			expected.append(r).append(',');
			expected.append(quoted ? '"' + encoded.replace("\"", "\"\"") + '"' : encoded).append('\n');
		}
		try (PgCopyWriter.RowsInput input = new PgCopyWriter.RowsInput(rows)) {
			assertThat(input.readAllBytes()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
		}
	}

}
