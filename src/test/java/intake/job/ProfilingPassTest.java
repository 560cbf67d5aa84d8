package intake.job;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import intake.source.CsvSources;
import intake.source.Detection;
import intake.source.RowSource;
import intake.source.SourceRow;
import intake.validate.ColumnProfiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two-thread analysis pass finds what one thread finds, and a fault on either side
 * reaches the caller instead of hanging.
 */
class ProfilingPassTest {

	static byte[] file(int rows) {
		StringBuilder csv = new StringBuilder("Kundnr;Företagsnamn;Datum;Belopp\r\n");
		for (int i = 0; i < rows; i++) {
			csv.append(1000 + i)
				.append(";Bolag ")
				.append(i % 997)
				.append(" AB;2024-0")
				.append(1 + i % 9)
				.append("-1")
				.append(i % 10)
				.append(';')
				.append(i % 7 == 0 ? "" : (i * 3) + ",50")
				.append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static RowSource open(byte[] bytes) {
		Detection detection = CsvSources.detect(bytes, Optional.empty(), Optional.empty());
		RowSource source = CsvSources.open(bytes, detection, 1);
		source.header();
		return source;
	}

	@Test
	void countsProfilesAndMaximaLikeOneThreadOverManyBatches() {
		byte[] bytes = file(ProfilingPass.BATCH * ProfilingPass.QUEUED * 3 + 17);
		ProfilingPass.Result pass;
		try (RowSource source = open(bytes)) {
			pass = ProfilingPass.run(source);
		}
		ColumnProfiler single = new ColumnProfiler();
		ColumnMaxima maxima = new ColumnMaxima();
		long rows = 0;
		try (RowSource source = open(bytes)) {
			while (source.hasNext()) {
				List<String> fields = source.next().fields();
				single.accept(fields);
				maxima.accept(fields);
				rows++;
			}
		}
		assertThat(pass.rows()).isEqualTo(rows).isEqualTo(ProfilingPass.BATCH * ProfilingPass.QUEUED * 3 + 17);
		assertThat(pass.profiles()).isEqualTo(single.profiles());
		assertThat(pass.maxNumbers()).containsExactly(maxima.values());
		assertThat(pass.maxNumbers()[0]).isEqualTo(1000 + rows - 1);
	}

	@Test
	void aFaultOfTheSourceMidwayReachesTheCaller() {
		RowSource failing = new RowSource() {

			long served;

			@Override
			public List<String> header() {
				return List.of("a");
			}

			@Override
			public long headerLine() {
				return 1;
			}

			@Override
			public void close() {
			}

			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public SourceRow next() {
				if (++this.served > 50_000) {
					throw new IllegalStateException("broken file at row 50001");
				}
				return new SourceRow(this.served + 1, List.of("x" + this.served), List.of(), Optional.empty());
			}

		};
		assertThatThrownBy(() -> ProfilingPass.run(failing)).hasMessageContaining("row 50001");
	}

}
