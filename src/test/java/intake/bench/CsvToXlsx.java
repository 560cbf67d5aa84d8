package intake.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Converts a {@code gen_companies.py} CSV (UTF-8, {@code ;}) into an .xlsx workbook with
 * the fastexcel writer: one sheet "Kunder", every cell a text cell as Excel keeps
 * customer numbers and postcodes typed as text, for {@code bench/xlsx}.
 *
 * <p>
 * Usage: {@code CsvToXlsx in.csv out.xlsx}
 */
public final class CsvToXlsx {

	private CsvToXlsx() {
	}

	public static void main(String[] args) throws IOException {
		Path in = Path.of(args[0]);
		Path out = Path.of(args[1]);
		long rows = 0;
		try (CsvReader<CsvRecord> csv = CsvReader.builder()
			.fieldSeparator(';')
			.ofCsvRecord(Files.newBufferedReader(in, StandardCharsets.UTF_8));
				OutputStream file = Files.newOutputStream(out)) {
			Workbook workbook = new Workbook(file, "Intake bench", "1.0");
			Worksheet sheet = workbook.newWorksheet("Kunder");
			int r = 0;
			for (CsvRecord record : csv) {
				List<String> fields = record.getFields();
				for (int c = 0; c < fields.size(); c++) {
					sheet.value(r, c, fields.get(c));
				}
				r++;
				if (r % 10_000 == 0) {
					sheet.flush();
				}
			}
			rows = r;
			workbook.finish();
		}
		System.out.println("wrote " + rows + " rows to " + out);
	}

}
