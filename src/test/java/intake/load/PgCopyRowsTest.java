package intake.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PgCopyRowsTest {

	private static final List<Object[]> ROWS = List.of(new Object[] { 1L, "Åre AB", null, "" },
			new Object[] { 2L, "a,b", "say \"hi\"", new BigDecimal("1E+2") },
			new Object[] { 3L, " padded", "line\nbreak", "back\\slash" });

	private static final String CSV = "1,Åre AB,,\"\"\n" + "2,\"a,b\",\"say \"\"hi\"\"\",100\n"
			+ "3,\" padded\",\"line\nbreak\",\"back\\slash\"\n";

	/** Any read size gives the same text; a large read takes several rows at once. */
	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 7, 64, 65536 })
	void rowsAreRenderedAsCopyCsvWhateverTheReadSize(int size) throws Exception {
		StringBuilder out = new StringBuilder();
		List<Integer> reads = new ArrayList<>();
		try (PgCopyWriter.RowsReader reader = new PgCopyWriter.RowsReader(ROWS)) {
			char[] buffer = new char[size];
			int n;
			while ((n = reader.read(buffer, 0, size)) >= 0) {
				out.append(buffer, 0, n);
				reads.add(n);
			}
		}
		assertThat(out.toString()).isEqualTo(CSV);
		assertThat(reads).allSatisfy((n) -> assertThat(n).isPositive().isLessThanOrEqualTo(size));
		if (size == 65536) {
			assertThat(reads).containsExactly(CSV.length());
		}
	}

}
