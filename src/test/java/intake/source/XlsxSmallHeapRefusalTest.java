package intake.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import intake.support.ChildService;
import intake.support.Http;
import intake.support.TestWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bombs and corrupt workbooks are refused with 422 UNSUPPORTED_FILE within two seconds by
 * the service running in a JVM capped at 128 MB (on H2), which stays up and still imports
 * a good workbook afterwards.
 */
class XlsxSmallHeapRefusalTest {

	@TempDir
	Path dir;

	@Test
	void bombsAndCorruptWorkbooksAreRefusedQuicklyWithA128MegabyteHeap() throws IOException {
		List<Path> files = new ArrayList<>();
		files.add(Conformance.path("apache-poi/test-data/spreadsheet/poc-xmlbomb.xlsx"));
		files.add(Conformance.path("apache-poi/test-data/spreadsheet/poc-xmlbomb-empty.xlsx"));
		files.add(Conformance.path(
				"apache-poi/test-data/spreadsheet/clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx"));
		try (Stream<Path> invalid = Files
			.list(Conformance.path("fastexcel/fastexcel-reader/src/test/resources/invalid"))) {
			invalid.filter((p) -> p.toString().endsWith(".xlsx")).sorted().forEach(files::add);
		}
		files.add(zipBomb());
		assertThat(files).as("cases").hasSize(10);
		Path data = Files.createTempDirectory(this.dir, "data-");
		try (ChildService service = ChildService.start(Map.of("INTAKE_DATA_DIR", data.toString()),
				ChildService.logFile("xlsx-small-heap"), "-Xmx128m", "-XX:+ExitOnOutOfMemoryError")) {
			Http http = service.http();
			for (Path file : files) {
				long start = System.nanoTime();
				Http.Response response = http.upload("/api/v1/imports", Map.of("type", "companies"),
						file.getFileName().toString(), Files.readAllBytes(file));
				long millis = (System.nanoTime() - start) / 1_000_000;
				assertThat(response.status()).as("%s: %s", file.getFileName(), response.body()).isEqualTo(422);
				assertThat(response.json().get("error").asString()).isEqualTo("UNSUPPORTED_FILE");
				assertThat(millis).as("ms for %s", file.getFileName()).isLessThan(2000);
			}
			byte[] good = TestWorkbook.create()
				.sheet("Kunder", List.of(List.of("Företagsnamn", "Ort"), List.of("Åkesson AB", "Örebro")))
				.bytes();
			Http.Response after = http.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.xlsx", good);
			assertThat(after.status()).as(after.body()).isEqualTo(201);
			assertThat(after.json().get("rows").get("total").asLong()).isEqualTo(1);
		}
	}

	/** A 60 kB workbook whose sheet unpacks to 256 MB of spaces. */
	private Path zipBomb() throws IOException {
		Path bomb = this.dir.resolve("zip-bomb.xlsx");
		Path template = Files.write(this.dir.resolve("template.xlsx"),
				TestWorkbook.create().sheet("S", List.of(List.of("a"))).bytes());
		try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(template.toFile());
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			for (ZipEntry entry : java.util.Collections.list(source.entries())) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					byte[] block = new byte[1024 * 1024];
					java.util.Arrays.fill(block, (byte) ' ');
					for (int i = 0; i < 256; i++) {
						zip.write(block);
					}
				}
				else {
					source.getInputStream(entry).transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		return bomb;
	}

}
