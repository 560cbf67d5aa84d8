package intake.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows written one after another read back page by page, of all rows and of the rows with
 * problems, exactly as written.
 */
class PreviewStoreTest {

	@TempDir
	Path dir;

	static PreviewItem item(Random random, long line) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("CompanyName", "Bolag \"" + line + "\" AB, Åre\n" + "x".repeat(random.nextInt(40)));
		if (random.nextBoolean()) {
			values.put("CompanyPostCode", 10000 + random.nextInt(90000));
		}
		List<PreviewItem.Problem> errors = random.nextInt(5) == 0
				? List.of(new PreviewItem.Problem("CompanyEmail", 3, "a@", "CompanyEmail is not an e-mail address"))
				: List.of();
		List<PreviewItem.Problem> warnings = random.nextInt(7) == 0
				? List.of(new PreviewItem.Problem("", null, "", "Line " + line + " warns")) : List.of();
		List<String> raw = (errors.isEmpty() && warnings.isEmpty()) ? List.of() : List.of("Bolag", "", "a@");
		return new PreviewItem(line, errors.isEmpty() ? "CREATE" : "INVALID", values, errors, warnings, Map.of(), raw);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void pagesReadBackWhatWasWritten(long seed) {
		Random random = new Random(seed);
		PreviewStore store = new PreviewStore(this.dir, "r" + seed, JsonMapper.builder().build());
		List<PreviewItem> written = new ArrayList<>();
		try (PreviewStore.Writer writer = store.writer()) {
			for (int i = 0; i < 1000 + random.nextInt(500); i++) {
				PreviewItem item = item(random, i + 2);
				writer.add(item);
				written.add(item);
			}
		}
		List<PreviewItem> problems = written.stream()
			.filter((i) -> !i.errors().isEmpty() || !i.warnings().isEmpty())
			.toList();
		for (int page : new int[] { 1, 7, 100, 2000 }) {
			List<PreviewItem> all = new ArrayList<>();
			for (int offset = 0; offset < written.size(); offset += page) {
				all.addAll(store.page(offset, page, false));
			}
			assertThat(all).isEqualTo(written);
			List<PreviewItem> onlyProblems = new ArrayList<>();
			for (int offset = 0; offset < problems.size(); offset += page) {
				onlyProblems.addAll(store.page(offset, page, true));
			}
			assertThat(onlyProblems).isEqualTo(problems);
		}
		assertThat(store.page(written.size(), 10, false)).isEmpty();
	}

	/**
	 * The hand-written row is byte for byte what the mapper writes for the record with
	 * its values encoded, for every kind of value a row holds (texts with quotes, line
	 * breaks and non-ASCII, whole numbers, booleans, nulls, lists, decimals, nested
	 * changes, problems with and without a column).
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void aRowIsWrittenExactlyAsTheMapperWritesIt(long seed) throws Exception {
		Random random = new Random(seed);
		JsonMapper json = JsonMapper.builder().build();
		for (int i = 0; i < 200; i++) {
			PreviewItem item = item(random, i + 2);
			Map<String, Object> values = new LinkedHashMap<>(item.values());
			values.put("CompanyActive", random.nextBoolean());
			values.put("CompanyDiscount", new java.math.BigDecimal("12.50"));
			values.put("CompanyCategories", List.of("A", "B \"c\""));
			values.put("CompanyEmployees", random.nextInt());
			values.put("CompanyNote", null);
			values.put("CompanyId", random.nextLong());
			values.put("CompanyFounded", java.time.LocalDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12), 1));
			Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
			if (random.nextBoolean()) {
				Map<String, Object> fromTo = new LinkedHashMap<>();
				fromTo.put("from", null);
				fromTo.put("to", "Ny väg 1\t");
				changes.put("CompanyStreet", fromTo);
			}
			PreviewItem full = new PreviewItem(item.line(), item.status(), values, item.errors(), item.warnings(),
					changes, item.raw());
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			try (tools.jackson.core.JsonGenerator out = json.createGenerator(bytes)) {
				PreviewStore.Writer.write(out, full, json);
			}
			PreviewItem encoded = new PreviewItem(full.line(), full.status(), JsonValues.encode(values), full.errors(),
					full.warnings(), changes, full.raw());
			assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
				.isEqualTo(json.writeValueAsString(encoded));
		}
	}

}
