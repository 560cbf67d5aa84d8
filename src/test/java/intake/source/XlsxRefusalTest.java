package intake.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import intake.support.TestWorkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files that look like workbooks but must not be read are refused as UNSUPPORTED_FILE, by
 * content and not by name, within two seconds, with a message saying what to do.
 */
class XlsxRefusalTest {

	@TempDir
	Path dir;

	@Test
	void anOldXlsWorkbookIsToBeSavedAsXlsxOrCsv() throws IOException {
		byte[] xls = new byte[4096];
		System.arraycopy(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				0, xls, 0, 8);
		byte[] workbook = "Workbook".getBytes(StandardCharsets.UTF_16LE);
		System.arraycopy(workbook, 0, xls, 1024, workbook.length);
		assertRefused(Files.write(this.dir.resolve("kunder.csv"), xls), ".xls");
	}

	@Test
	void aPasswordProtectedWorkbookSaysSo() throws IOException {
		byte[] ole = new byte[8192];
		System.arraycopy(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				0, ole, 0, 8);
		byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
		System.arraycopy(name, 0, ole, 1152, name.length);
		assertRefused(Files.write(this.dir.resolve("kunder.xlsx"), ole), "password-protected");
	}

	@Test
	void aZipBombIsRefusedWhileItIsUnpacked() throws IOException {
		Path bomb = this.dir.resolve("bomb.xlsx");
		byte[] workbook = TestWorkbook.create().sheet("S", List.of(List.of("a"))).bytes();
		Path template = Files.write(this.dir.resolve("template.xlsx"), workbook);
		try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(template.toFile());
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			for (ZipEntry entry : java.util.Collections.list(source.entries())) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					zeros(zip, 64L * 1024 * 1024);
				}
				else {
					source.getInputStream(entry).transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		assertThat(Files.size(bomb)).isLessThan(2 * 1024 * 1024);
		assertRefused(bomb, "zip bomb");
	}

	@Test
	void anEntityBombInASheetIsRefusedForItsDtd() throws IOException {
		String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
				+ "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&c;</t></is></c></row></sheetData></worksheet>";
		Path bomb = replace(TestWorkbook.create().sheet("S", List.of(List.of("a"))).bytes(), "xl/worksheets/sheet1.xml",
				sheet);
		assertRefused(bomb, "DTD");
	}

	@Test
	void aZipThatIsNoWorkbookIsNoCsvEither() throws IOException {
		Path docx = this.dir.resolve("brev.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
					+ "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertRefused(docx, "Word document");
	}

	@Test
	void aTruncatedWorkbookIsDamaged() throws IOException {
		byte[] whole = TestWorkbook.create().sheet("S", List.of(List.of("a"))).bytes();
		byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
		assertRefused(Files.write(this.dir.resolve("half.xlsx"), half), "damaged");
	}

	private void assertRefused(Path file, String says) {
		long start = System.nanoTime();
		assertThatThrownBy(() -> {
			Sources.format(file);
			String sheet = XlsxSources.inspect(file).firstNonEmpty();
			try (RowSource rows = XlsxSources.open(file, sheet, 1)) {
				rows.forEachRemaining((row) -> {
				});
			}
		}).isInstanceOfSatisfying(SourceException.class, (ex) -> {
			assertThat(ex.problem()).isEqualTo(SourceProblem.UNSUPPORTED_FILE);
			assertThat(ex.getMessage()).contains(says);
		});
		assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(2000);
	}

	private Path replace(byte[] workbook, String part, String content) throws IOException {
		Path template = Files.write(Files.createTempFile(this.dir, "t", ".xlsx"), workbook);
		Path out = Files.createTempFile(this.dir, "r", ".xlsx");
		try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(template.toFile());
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
			for (ZipEntry entry : java.util.Collections.list(source.entries())) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(part)) {
					zip.write(content.getBytes(StandardCharsets.UTF_8));
				}
				else {
					source.getInputStream(entry).transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		return out;
	}

	private static void zeros(OutputStream out, long bytes) throws IOException {
		byte[] block = new byte[1024 * 1024];
		java.util.Arrays.fill(block, (byte) ' ');
		for (long written = 0; written < bytes; written += block.length) {
			out.write(block);
		}
	}

}
