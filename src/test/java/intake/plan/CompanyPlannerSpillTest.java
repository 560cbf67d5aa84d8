package intake.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import intake.schema.ImportMode;
import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.validate.RowResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planner that keeps only a few of the file's companies in the heap and spills the rest
 * plans every chunk exactly as one that keeps them all: same statuses, values, warnings,
 * key conflicts, records, fills, updates and counts. The files are seeded: companies with
 * digit and other customer numbers, organisation numbers or only name and postcode, whose
 * rows lie far apart, later rows that fill an empty field or disagree with the first, and
 * rows whose two keys name two companies.
 */
class CompanyPlannerSpillTest {

	private static final ImportType COMPANIES = ImportTypes.find("companies").orElseThrow();

	private static final Set<String> MAPPED = Set.of("CompanyId", "CompanyName", "CompanyGovNo", "CompanyPhone",
			"CompanyPostPostcode", "CompanyPostCity", "ContactFirstName", "ContactLastName", "ContactRoleEmail");

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (ImportMode mode : ImportMode.values()) {
			for (long seed = 1; seed <= 3; seed++) {
				cases.add(Arguments.of(mode, seed));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void aPlannerThatSpillsPlansAsOneThatKeepsEveryCompany(ImportMode mode, long seed, @TempDir Path dir)
			throws Exception {
		List<List<PlanInput>> chunks = chunks(seed, 7);
		List<ChunkPlan> expected = new ArrayList<>();
		try (CompanyPlanner whole = planner(mode, seed, PlanMemory.UNBOUNDED)) {
			for (List<PlanInput> chunk : chunks) {
				expected.add(whole.plan(chunk));
			}
			assertThat(whole.spilled()).isZero();
		}
		List<List<PlanInput>> again = chunks(seed, 7);
		try (CompanyPlanner spilling = planner(mode, seed, PlanMemory.of(dir, 5))) {
			for (int i = 0; i < again.size(); i++) {
				assertThat(spilling.plan(again.get(i))).as("chunk %d", i).isEqualTo(expected.get(i));
			}
			assertThat(spilling.spilled()).isGreaterThan(100);
			try (Stream<Path> files = Files.list(dir)) {
				assertThat(files).hasSize(1);
			}
		}
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files).isEmpty();
		}
		// what the files hold: later rows joined spilled companies, filled and disagreed
		List<RowOutcome> rows = expected.stream().flatMap((p) -> p.rows().stream()).toList();
		assertThat(rows).anySatisfy((r) -> assertThat(r.errors())
			.anySatisfy((e) -> assertThat(e.message()).contains("belong to two different companies of this file")));
		if (mode != ImportMode.UPDATE) {
			assertThat(rows).anySatisfy((r) -> assertThat(r.warnings())
				.anySatisfy((w) -> assertThat(w.message()).contains("differs from line")));
		}
		if (mode == ImportMode.CREATE) {
			assertThat(expected).anySatisfy((p) -> assertThat(p.fills()).isNotEmpty());
		}
		else {
			assertThat(expected).anySatisfy((p) -> assertThat(p.updates()).isNotEmpty());
		}
	}

	private static CompanyPlanner planner(ImportMode mode, long seed, PlanMemory memory) {
		PlanOptions options = PlanOptions.of(mode, List.of("CompanyId", "CompanyGovNo"), EmptyCellRule.KEEP, MAPPED);
		return new CompanyPlanner(COMPANIES, options, 5000, directory(seed), new RealIds(), memory);
	}

	/** The file's rows, shuffled so that a company's rows lie far apart, in chunks. */
	private static List<List<PlanInput>> chunks(long seed, int size) {
		Random random = new Random(seed);
		int companies = 150;
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int k = 0; k < companies; k++) {
			int count = 1 + random.nextInt(4);
			for (int j = 0; j < count; j++) {
				Map<String, Object> row = company(k);
				if (j == 0 && k % 4 == 0) {
					row.remove("CompanyPostCity");
				}
				if (j > 0 && random.nextInt(4) == 0) {
					row.put("CompanyPhone", "08-" + (500 + random.nextInt(400)) + " 00 00");
				}
				row.put("ContactFirstName", "F" + k + "x" + j);
				row.put("ContactLastName", "Ek");
				row.put("ContactRoleEmail", "f" + k + "x" + j + "@bolag" + k + ".se");
				rows.add(row);
			}
		}
		for (int c = 0; c < 6; c++) {
			// the customer number of one company, the organisation number of another
			int a = 1 + random.nextInt(companies / 2) * 2;
			int b = (a + 1 + random.nextInt(40)) % companies;
			Map<String, Object> row = company(a);
			Object govNo = company(b).get("CompanyGovNo");
			if (row.get("CompanyId") != null && govNo != null) {
				row.put("CompanyGovNo", govNo);
				rows.add(row);
			}
		}
		Collections.shuffle(rows, random);
		List<List<PlanInput>> chunks = new ArrayList<>();
		for (int i = 0; i < rows.size(); i += size) {
			List<PlanInput> chunk = new ArrayList<>();
			for (int r = i; r < Math.min(rows.size(), i + size); r++) {
				chunk.add(new PlanInput(List.of(), new RowResult(r + 2, rows.get(r), List.of(), List.of())));
			}
			chunks.add(chunk);
		}
		return chunks;
	}

	private static Map<String, Object> company(int k) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("CompanyName", "Bolag " + k + " AB");
		if (k % 5 != 0) {
			row.put("CompanyId", (k % 7 == 0) ? "K-" + k : "0" + (1000 + k));
		}
		if (k % 6 != 0 || k % 5 != 0) {
			row.put("CompanyGovNo", "556" + (1000000 + k * 37));
		}
		row.put("CompanyPhone", "08-123 " + (10 + k % 90) + " 00");
		row.put("CompanyPostPostcode", "1" + (1000 + k));
		row.put("CompanyPostCity", "Stad " + (k % 9));
		return row;
	}

	/** Every third company stored, some with other values, each with one contact. */
	private static StoredCompanies directory(long seed) {
		StoredCompanies directory = new StoredCompanies(true);
		Random random = new Random(seed * 31);
		for (int k = 0; k < 150; k += 3) {
			Map<String, Object> values = company(k);
			values.put("CompanyKind", "customer");
			values.putIfAbsent("CompanyId", "S" + k);
			if (random.nextBoolean()) {
				values.put("CompanyPostCity", "Förr");
			}
			long id = 10_000 + k;
			directory.add(new StoredRecord(id, Optional.empty(), 2, values));
			directory.contacts.add(new StoredRecord(20_000 + k, Optional.of(id), 1, Map.of("ContactFirstName",
					"F" + k + "x0", "ContactLastName", "Ek", "ContactRoleEmail", "f" + k + "x0@bolag" + k + ".se")));
		}
		return directory;
	}

	/** Ids as a writer's: real, counted from 1. */
	private static final class RealIds implements IdAllocator {

		private long next;

		@Override
		public long nextCompanyId() {
			return ++this.next;
		}

		@Override
		public long nextContactId() {
			return ++this.next;
		}

		@Override
		public long nextId(String entity) {
			return ++this.next;
		}

	}

}
