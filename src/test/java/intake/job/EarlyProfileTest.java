package intake.job;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import intake.schema.ImportTypes;
import intake.source.RowSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profiling pass made while an upload streams in is used only when the analysis reads
 * the stored file exactly as guessed, and then equals the pass over the stored file.
 */
class EarlyProfileTest {

	static final SourceRequest AUTO = EarlyDetectionTest.AUTO;

	@TempDir
	Path dir;

	/**
	 * Rows past the guess's first megabyte, with a Nordic letter only in the last one.
	 */
	static byte[] file(String title, int rows, String charset, String last) {
		StringBuilder csv = new StringBuilder(title).append("Kundnr;Namn;Ort;Datum;Belopp\r\n");
		for (int i = 0; i < rows; i++) {
			csv.append(1000 + i)
				.append(";Bolag ")
				.append(i % 997)
				.append(" AB;Umea;2024-0")
				.append(1 + i % 9)
				.append("-1")
				.append(i % 10)
				.append(';')
				.append(i % 7 == 0 ? "" : (i * 3) + ",50")
				.append("\r\n");
		}
		csv.append("9999999;").append(last).append(";Umeå;2024-12-24;1,00\r\n");
		return csv.toString().getBytes(Charset.forName(charset));
	}

	/** Streams the bytes through the early pass in pieces of readSize bytes. */
	static Optional<EarlyProfile.Pass> early(byte[] bytes, SourceRequest request, int readSize) throws IOException {
		EarlyProfile early = new EarlyProfile(request);
		byte[] buffer = new byte[readSize];
		long seen = 0;
		try (InputStream in = early.tee(new ByteArrayInputStream(bytes))) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				seen += n;
			}
		}
		assertThat(seen).isEqualTo(bytes.length);
		return early.finish();
	}

	/** What the analysis finds over the stored file, without an early pass. */
	record Stored(JobSource source, List<String> header, ProfilingPass.Result pass) {
	}

	Stored stored(byte[] bytes, SourceRequest request) throws IOException {
		Path file = Files.write(this.dir.resolve("upload"), bytes);
		JobSource source = SourceDecider.decide(file, request);
		try (RowSource rows = source.open(file)) {
			List<String> header = rows.header();
			return new Stored(source, header, ProfilingPass.run(rows));
		}
	}

	static void assertSame(EarlyProfile.Pass early, Stored stored) {
		assertThat(early.readKey()).isEqualTo(stored.source().readKey());
		assertThat(early.header()).isEqualTo(stored.header());
		assertThat(early.result().rows()).isEqualTo(stored.pass().rows());
		assertThat(early.result().profiles()).isEqualTo(stored.pass().profiles());
		assertThat(early.result().maxNumbers()).containsExactly(stored.pass().maxNumbers());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 5000, 64 * 1024, 300_000 })
	void aFileReadAsGuessedGetsThePassOfTheStoredFile(int readSize) throws IOException {
		byte[] bytes = file("", 40_000, "UTF-8", "Åre Bygg AB");
		assertThat(bytes.length).isGreaterThan(EarlyProfile.PREFIX);
		Optional<EarlyProfile.Pass> early = early(bytes, AUTO, readSize);
		assertThat(early).isPresent();
		assertSame(early.get(), stored(bytes, AUTO));
	}

	@Test
	void titleLinesAboveTheHeaderAreGuessedAsTheAnalysisGuessesThem() throws IOException {
		byte[] bytes = file("Kundlista 2024;;;;\r\n;;;;\r\n", 30_000, "windows-1252", "Öst AB");
		Stored stored = stored(bytes, AUTO);
		assertThat(stored.source().headerRow()).isEqualTo(3);
		assertThat(stored.source().encoding()).isEqualTo("windows-1252");
		// The prefix is plain ASCII: its guess (UTF-8) is not how the file is read.
		Optional<EarlyProfile.Pass> early = early(bytes, AUTO, 8192);
		assertThat(early).isPresent();
		assertThat(early.get().readKey()).isNotEqualTo(stored.source().readKey());
		// With the encoding given, the guess holds.
		SourceRequest given = new SourceRequest(Optional.of(Charset.forName("windows-1252")), Optional.empty(),
				Optional.empty(), Optional.empty());
		assertSame(early(bytes, given, 8192).orElseThrow(), stored(bytes, given));
	}

	static Analyzer.Result analyse(Analyzer analyzer, String jobId, Path file, Optional<EarlyProfile.Pass> early) {
		return analyzer.analyse(jobId, file, ImportTypes.find("companies").orElseThrow(), AUTO, Optional.empty(),
				early);
	}

	@Test
	void theAnalysisUsesAMatchingPassAndProfilesTheFileItselfOtherwise() throws IOException {
		Analyzer analyzer = new Analyzer();
		byte[] late = file("", 40_000, "windows-1252", "Ängby AB");
		Path file = Files.write(this.dir.resolve("late.csv"), late);
		Analyzer.Result result = analyse(analyzer, "late", file, early(late, AUTO, 8192));
		assertThat(result.profiledEarly()).isFalse();
		assertThat(result.source().encoding()).isEqualTo("windows-1252");
		assertThat(result.rows()).isEqualTo(40_001);
		assertThat(result.columns()).isEqualTo(analyse(analyzer, "late again", file, Optional.empty()).columns());

		byte[] utf8 = file("", 40_000, "UTF-8", "Ängby AB");
		Path other = Files.write(this.dir.resolve("utf8.csv"), utf8);
		Analyzer.Result used = analyse(analyzer, "utf8", other, early(utf8, AUTO, 8192));
		assertThat(used.profiledEarly()).isTrue();
		assertThat(used.rows()).isEqualTo(40_001);
		assertThat(used.columns()).isEqualTo(analyse(analyzer, "again", other, Optional.empty()).columns());
	}

	@Test
	void noPassForAWorkbookASheetOrAnEmptyUpload() throws IOException {
		assertThat(early(EarlyDetectionTest.zipLike(), AUTO, 8192)).isEmpty();
		assertThat(early(new byte[0], AUTO, 8192)).isEmpty();
		SourceRequest sheet = new SourceRequest(Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.of("Kunder"));
		assertThat(early("Namn\r\nA\r\n".getBytes(StandardCharsets.UTF_8), sheet, 8192)).isEmpty();
	}

}
