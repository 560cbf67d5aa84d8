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
		// the rows name their values' keys by number: each key is stored once, beside
		// them
		String rows = readString(this.dir.resolve("preview-r" + seed + ".rows"));
		assertThat(rows).doesNotContain("CompanyName").doesNotContain("CompanyPostCode");
		assertThat(readString(this.dir.resolve("preview-r" + seed + ".keys")))
			.isEqualTo("[\"CompanyName\",\"CompanyPostCode\"]");
	}

	/**
	 * A build stored before the rows became arrays (one JSON object per row, no keys
	 * file) is read as it was written: its rows, and its rows with problems.
	 */
	@org.junit.jupiter.api.Test
	void rowsStoredAsObjectsAreReadAsWritten() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		Random random = new Random(7);
		List<PreviewItem> written = new ArrayList<>();
		StringBuilder rows = new StringBuilder();
		java.io.ByteArrayOutputStream index = new java.io.ByteArrayOutputStream();
		java.io.ByteArrayOutputStream problems = new java.io.ByteArrayOutputStream();
		try (java.io.DataOutputStream idx = new java.io.DataOutputStream(index);
				java.io.DataOutputStream prob = new java.io.DataOutputStream(problems)) {
			for (int i = 0; i < 40; i++) {
				PreviewItem item = item(random, i + 2);
				if (i > 0) {
					rows.append('\n');
				}
				idx.writeLong(rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
				rows.append(json.writeValueAsString(item));
				if (!item.errors().isEmpty() || !item.warnings().isEmpty()) {
					prob.writeLong(i);
				}
				written.add(item);
			}
		}
		java.nio.file.Files.writeString(this.dir.resolve("preview-old.rows"), rows);
		java.nio.file.Files.write(this.dir.resolve("preview-old.idx"), index.toByteArray());
		java.nio.file.Files.write(this.dir.resolve("preview-old.problems"), problems.toByteArray());
		PreviewStore store = new PreviewStore(this.dir, "old", json);
		assertThat(store.page(0, 100, false)).isEqualTo(written);
		assertThat(store.page(0, 100, true))
			.isEqualTo(written.stream().filter((i) -> !i.errors().isEmpty() || !i.warnings().isEmpty()).toList());
	}

	private static String readString(Path file) {
		try {
			return java.nio.file.Files.readString(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The hand-written row is byte for byte what the mapper writes for the row's parts
	 * (values encoded, each after the number of its key), for every kind of value a row
	 * holds (texts with quotes, line breaks and non-ASCII, whole numbers, booleans,
	 * nulls, lists, decimals, nested changes, problems with and without a column).
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void aRowIsWrittenExactlyAsTheMapperWritesIt(long seed) throws Exception {
		Random random = new Random(seed);
		JsonMapper json = JsonMapper.builder().build();
		PreviewRowWriter writer = new PreviewRowWriter(json);
		Map<String, Integer> keys = new LinkedHashMap<>();
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
			writer.render(full);
			PreviewItem encoded = new PreviewItem(full.line(), full.status(), JsonValues.encode(values), full.errors(),
					full.warnings(), changes, full.raw());
			assertThat(new String(writer.buffer(), 0, writer.length(), java.nio.charset.StandardCharsets.UTF_8))
				.isEqualTo(json.writeValueAsString(row(encoded, keys)));
		}
	}

	/**
	 * Texts of every kind of character (controls, quotes, backslashes, slashes, DEL,
	 * Latin-1, other BMP characters, line and paragraph separators, pairs and lone
	 * surrogates) in every place a row holds texts, rendered one after another by one
	 * writer: byte for byte the mapper's output, or refused where the mapper refuses.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 11, 12, 13, 14, 15, 16 })
	void textsOfEveryKindAreWrittenAsTheMapperWritesThem(long seed) {
		Random random = new Random(seed);
		JsonMapper json = JsonMapper.builder().build();
		PreviewRowWriter writer = new PreviewRowWriter(json);
		Map<String, Integer> keys = new LinkedHashMap<>();
		int refused = 0;
		for (int i = 0; i < 300; i++) {
			Map<String, Object> values = new LinkedHashMap<>();
			for (int v = random.nextInt(6); v > 0; v--) {
				values.put(soup(random, 8),
						(random.nextInt(4) == 0) ? List.of(soup(random, 5), soup(random, 5)) : soup(random, 3000));
			}
			Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
			if (random.nextBoolean()) {
				Map<String, Object> fromTo = new LinkedHashMap<>();
				fromTo.put("from", soup(random, 10));
				fromTo.put("to", random.nextBoolean() ? null : soup(random, 10));
				changes.put(soup(random, 6), fromTo);
			}
			List<PreviewItem.Problem> problems = List.of(new PreviewItem.Problem(soup(random, 5),
					random.nextBoolean() ? null : random.nextInt(100), soup(random, 20), soup(random, 60)));
			PreviewItem item = new PreviewItem(random.nextLong(), soup(random, 6), values,
					random.nextBoolean() ? problems : List.of(), random.nextBoolean() ? problems : List.of(), changes,
					List.of(soup(random, 12), "", soup(random, 12)));
			byte[] expected;
			Map<String, Integer> tried = new LinkedHashMap<>(keys);
			try {
				expected = json.writeValueAsBytes(row(item, tried));
			}
			catch (RuntimeException refusedByMapper) {
				refused++;
				org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.render(item))
					.isInstanceOf(RuntimeException.class);
				assertThat(writer.keys()).as("keys after a refused row").isEqualTo(List.copyOf(keys.keySet()));
				continue;
			}
			keys.clear();
			keys.putAll(tried);
			writer.render(item);
			assertThat(java.util.Arrays.copyOf(writer.buffer(), writer.length())).as("row %d", i).isEqualTo(expected);
		}
		assertThat(refused).as("rows the mapper refused").isLessThan(300);
	}

	/**
	 * Texts longer than the writer's segment (quotes, backslashes and multi-byte
	 * characters across segment boundaries; a control character or a surrogate far into
	 * the text, after whole segments were encoded), and a row after a huge one: the
	 * mapper's bytes.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 21, 22, 23 })
	void longTextsAreWrittenAsTheMapperWritesThem(long seed) {
		Random random = new Random(seed);
		JsonMapper json = JsonMapper.builder().build();
		PreviewRowWriter writer = new PreviewRowWriter(json);
		Map<String, Integer> keys = new LinkedHashMap<>();
		for (int i = 0; i < 12; i++) {
			StringBuilder text = new StringBuilder();
			int length = 8_000 + random.nextInt((i == 5) ? 2_000_000 : 60_000);
			while (text.length() < length) {
				switch (random.nextInt(6)) {
					case 0 -> text.append("\"\\".charAt(random.nextInt(2)));
					case 1 -> text.append((char) (0x80 + random.nextInt(0x780)));
					case 2 -> text.append((char) (0x800 + random.nextInt(0xD000)));
					default -> text.append((char) (0x20 + random.nextInt(0x5F)));
				}
			}
			if (i % 3 == 1) {
				text.insert(8_192 + random.nextInt(text.length() - 8_192), (char) random.nextInt(0x20));
			}
			else if (i % 3 == 2) {
				text.insert(8_192 + random.nextInt(text.length() - 8_192), "\uD83D\uDE00");
			}
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("CompanyNote", text.toString());
			values.put("CompanyName", "Bolag " + i);
			PreviewItem item = new PreviewItem(i + 2, "CREATE", values, List.of(), List.of(), Map.of(),
					List.of(text.toString()));
			writer.render(item);
			assertThat(java.util.Arrays.copyOf(writer.buffer(), writer.length())).as("row %d", i)
				.isEqualTo(json.writeValueAsBytes(row(item, keys)));
		}
		assertThat(writer.keys()).containsExactly("CompanyNote", "CompanyName");
	}

	/**
	 * A row as the store writes it: {@code [line, status, [k, v, …], errors, warnings,
	 * changes, raw]}, each value after the number of its key, numbers handed out in
	 * {@code keys} as keys first come.
	 */
	private static List<Object> row(PreviewItem item, Map<String, Integer> keys) {
		List<Object> pairs = new ArrayList<>();
		item.values().forEach((key, value) -> {
			pairs.add(keys.computeIfAbsent(key, (k) -> keys.size()));
			pairs.add(value);
		});
		return java.util.Arrays.asList(item.line(), item.status(), pairs, item.errors(), item.warnings(),
				item.changes(), item.raw());
	}

	/** A text of up to {@code max} characters drawn from every kind of character. */
	private static String soup(Random random, int max) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(max + 1);
		while (text.length() < length) {
			switch (random.nextInt(12)) {
				case 0 -> text.append((char) random.nextInt(0x20));
				case 1 -> text.append("\"\\/".charAt(random.nextInt(3)));
				case 2 -> text.append((char) 0x7F);
				case 3 -> text.append((char) (0x80 + random.nextInt(0x780)));
				case 4 -> text.append("\u2028\u2029\uFEFF\uFFFD\u20AC".charAt(random.nextInt(5)));
				case 5 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
				case 6 -> {
					if (random.nextInt(8) == 0) {
						text.append((char) (0xD800 + random.nextInt(0x800)));
					}
				}
				case 7 -> text.append((char) (0x800 + random.nextInt(0xD000)));
				default -> text.append((char) (0x20 + random.nextInt(0x5F)));
			}
		}
		return text.toString();
	}

	/**
	 * A finished build supersedes the job's other finished preview revisions: their files
	 * go; its own, a build still being written (no summary yet) and the job's other files
	 * stay.
	 */
	@org.junit.jupiter.api.Test
	void droppingOtherRevisionsDeletesTheFinishedOnesAndKeepsItsOwnABuildInProgressAndTheUpload() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		PreviewStore old = written(json, "a1", 30);
		PreviewStore current = written(json, "b2", 40);
		// a build still writing: rows, no summary
		java.nio.file.Files.writeString(this.dir.resolve("preview-c3.rows"), "[2]");
		java.nio.file.Files.writeString(this.dir.resolve("upload"), "Företagsnamn\r\n");
		java.nio.file.Files.writeString(this.dir.resolve("profile.json"), "{}");
		assertThat(old.summary()).isPresent();

		assertThat(current.dropOtherRevisions()).isEqualTo(5);

		assertThat(names()).containsExactlyInAnyOrder("upload", "profile.json", "preview-c3.rows", "preview-b2.rows",
				"preview-b2.idx", "preview-b2.problems", "preview-b2.keys", "preview-b2.json");
		assertThat(old.summary()).isEmpty();
		assertThat(current.summary()).map(PreviewSummary::total).contains(40L);
		assertThat(current.page(0, 100, false)).hasSize(40);
		assertThat(current.dropOtherRevisions()).isZero();
	}

	/**
	 * A summary whose rows went (deleted while the build still wrote them, by an instance
	 * that does not share the lock) counts as no build, so the preview is built again
	 * rather than answering 409 for good.
	 */
	@org.junit.jupiter.api.Test
	void aSummaryWithoutItsRowsCountsAsNoBuild() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		for (String file : new String[] { "rows", "idx", "problems" }) {
			PreviewStore store = written(json, "e" + file, 10);
			assertThat(store.summary()).isPresent();
			java.nio.file.Files.delete(this.dir.resolve("preview-e" + file + "." + file));
			assertThat(store.summary()).as(file).isEmpty();
		}
	}

	/**
	 * A request that found a revision's summary and then reads its rows after a newer
	 * build dropped them gets a 409 that says to ask again, not a failure.
	 */
	@org.junit.jupiter.api.Test
	void readingARevisionDroppedMeanwhileAnswersWrongState() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		PreviewStore old = written(json, "a1", 30);
		PreviewStore current = written(json, "b2", 10);
		current.dropOtherRevisions();
		for (boolean onlyProblems : new boolean[] { false, true }) {
			assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ImportException.class,
					() -> old.page(0, 10, onlyProblems)))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.WRONG_STATE))
				.hasMessageContaining("Ask for the preview again");
		}
		// the rows still there, their keys gone (deleted between the two reads)
		PreviewStore half = written(json, "d4", 10);
		java.nio.file.Files.delete(this.dir.resolve("preview-d4.keys"));
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ImportException.class,
				() -> half.page(0, 10, false)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.WRONG_STATE));
	}

	/**
	 * An import run closes its recorder again after the job ended, when requests read the
	 * finished preview: the second close leaves the files as they are (it used to write
	 * the keys again, and a reader could find them empty).
	 */
	@org.junit.jupiter.api.Test
	void aFinishedWriterClosedAgainLeavesItsFilesAsTheyAre() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		PreviewStore store = new PreviewStore(this.dir, "f6", json);
		PreviewStore.Writer writer = store.writer();
		writer.add(item(new Random(6), 2));
		writer.finish(new PreviewSummary(1, 1, 0, 0, Map.of(), List.of(), 0, 0));
		Path keys = this.dir.resolve("preview-f6.keys");
		java.nio.file.attribute.FileTime stamp = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000L);
		java.nio.file.Files.setLastModifiedTime(keys, stamp);
		writer.close();
		writer.close();
		assertThat(java.nio.file.Files.getLastModifiedTime(keys)).isEqualTo(stamp);
		assertThat(store.page(0, 5, false)).hasSize(1);
		assertThat(names()).noneMatch((name) -> name.endsWith(".part"));
	}

	private PreviewStore written(JsonMapper json, String revision, int rows) {
		PreviewStore store = new PreviewStore(this.dir, revision, json);
		Random random = new Random(rows);
		try (PreviewStore.Writer writer = store.writer()) {
			for (int i = 0; i < rows; i++) {
				writer.add(item(random, i + 2));
			}
			writer.finish(new PreviewSummary(rows, rows, 0, 0, Map.of(), List.of(), 0, 0));
		}
		return store;
	}

	private List<String> names() throws java.io.IOException {
		try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(this.dir)) {
			return files.map((f) -> f.getFileName().toString()).toList();
		}
	}

}
