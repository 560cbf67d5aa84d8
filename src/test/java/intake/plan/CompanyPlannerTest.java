package intake.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import intake.schema.ImportMode;
import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.validate.RowResult;
import intake.validate.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyPlannerTest {

	private static final ImportType COMPANIES = ImportTypes.find("companies").orElseThrow();

	private final StubDirectory directory = new StubDirectory();

	private CompanyPlanner planner(long firstFree) {
		return new CompanyPlanner(COMPANIES, ImportMode.CREATE, firstFree, this.directory, IdAllocator.counting());
	}

	@Test
	void rowsOfOneCompanyMakeOneCompanyAlsoWhenNotAdjacent() {
		ChunkPlan plan = planner(1)
			.plan(List.of(row(2, "Alfa AB", "556016-0680", "Anna"), row(3, "Beta AB", "5560160680", "Bo"),
					row(4, "Gamma AB", "556677-8899", "Cia"), row(5, "Alfa AB", "556016-0680", "Dan")));
		List<NewRecord> companies = plan.inserts().stream().filter((r) -> r.entity().equals("companies")).toList();
		List<NewRecord> contacts = plan.inserts().stream().filter((r) -> r.entity().equals("contacts")).toList();
		// 5560160680 is the same organisation number as 556016-0680: line 3 joins Alfa's
		// company.
		assertThat(companies).hasSize(2);
		assertThat(contacts).hasSize(4);
		long alfa = companies.get(0).id();
		assertThat(contacts).filteredOn((c) -> c.parentId().orElseThrow() == alfa).hasSize(3);
		assertThat(plan.counts().get("companies")).isEqualTo(new EntityCounts(2, 0, 0, 0));
		assertThat(plan.counts().get("contacts")).isEqualTo(new EntityCounts(4, 0, 0, 0));
		assertThat(plan.rows().get(1).warnings()).extracting(Violation::field).containsExactly("CompanyName");
	}

	@Test
	void groupsSpanChunksAndLaterValuesFillEmptyFields() {
		CompanyPlanner planner = planner(1);
		Map<String, Object> first = values("Alfa AB", "556016-0680", "Anna");
		ChunkPlan one = planner.plan(List.of(input(2, first)));
		Map<String, Object> second = values("Alfa AB", "556016-0680", "Bo");
		second.put("CompanyPhone", "08-123 45 67");
		ChunkPlan two = planner.plan(List.of(input(3, second)));
		assertThat(one.inserts()).hasSize(2);
		assertThat(two.inserts()).extracting(NewRecord::entity).containsExactly("contacts");
		long companyId = one.inserts().get(0).id();
		assertThat(two.fills()).containsOnlyKeys(companyId);
		assertThat(two.fills().get(companyId)).containsEntry("CompanyPhone", "08-123 45 67");
		assertThat(two.inserts().get(0).parentId()).contains(companyId);
	}

	@Test
	void storedCompaniesAreSkippedAndOnlyNewContactsAttached() {
		this.directory.companies.put(new CompanyKey(CompanyKey.Kind.GOV_NO, "5560160680"), 77L);
		this.directory.contacts.add(ContactIdentity.of(77L, null, "Anna", "Svensson").orElseThrow());
		ChunkPlan plan = planner(1)
			.plan(List.of(row(2, "Alfa AB", "556016-0680", "Anna"), row(3, "Alfa AB", "556016-0680", "Bo")));
		assertThat(plan.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.SKIP, RowStatus.SKIP);
		assertThat(plan.counts().get("companies")).isEqualTo(new EntityCounts(0, 0, 0, 1));
		assertThat(plan.counts().get("contacts")).isEqualTo(new EntityCounts(1, 0, 0, 1));
		assertThat(plan.inserts()).singleElement().satisfies((contact) -> {
			assertThat(contact.parentId()).contains(77L);
			assertThat(contact.values()).containsEntry("ContactFirstName", "Bo");
		});
	}

	@Test
	void keysMatchingTwoStoredCompaniesAreARowError() {
		this.directory.companies.put(new CompanyKey(CompanyKey.Kind.CUSTOMER_NO, "100"), 1L);
		this.directory.companies.put(new CompanyKey(CompanyKey.Kind.GOV_NO, "5560160680"), 2L);
		Map<String, Object> values = values("Alfa AB", "556016-0680", "Anna");
		values.put("CompanyId", "100");
		ChunkPlan plan = planner(1).plan(List.of(input(2, values)));
		RowOutcome row = plan.rows().get(0);
		assertThat(row.status()).isEqualTo(RowStatus.INVALID);
		assertThat(row.errors().get(0).message()).contains("CompanyId 100").contains("ids 1 and 2");
		assertThat(plan.inserts()).isEmpty();
	}

	@Test
	void companiesWithoutCustomerNumberGetTheNextFreeOne() {
		ChunkPlan plan = planner(501).plan(List.of(row(2, "Alfa AB", null, null), row(3, "Beta AB", null, null)));
		assertThat(plan.inserts()).extracting((r) -> r.values().get("CompanyId")).containsExactly("501", "502");
		assertThat(plan.inserts()).extracting((r) -> r.values().get("CompanyKind"))
			.containsExactly("customer", "customer");
		// the rows' outcomes (what the preview shows) carry the numbers given, and the
		// rows as validated are left as they were
		assertThat(plan.rows()).extracting((r) -> r.values().get("CompanyId")).containsExactly("501", "502");
		assertThat(plan.rows()).extracting((r) -> r.values().get("CompanyName")).containsExactly("Alfa AB", "Beta AB");
	}

	@Test
	void theValidatedValuesAreNotChangedByPlanning() {
		// as the validator hands its map over: read-only, not copied
		intake.validate.RowValues validated = intake.validate.RowValues.copyOf(values("Alfa AB", null, "Anna"), 0);
		PlanInput input = new PlanInput(List.of(), new RowResult(2, validated.handOver(), List.of(), List.of()));
		Map<String, Object> before = new HashMap<>(validated);
		ChunkPlan plan = planner(501).plan(List.of(input));
		assertThat(validated).isEqualTo(before).doesNotContainKey("CompanyId");
		assertThat(plan.rows().get(0).values()).containsEntry("CompanyId", "501");
		// planned again (a replay), the row numbers its company afresh
		assertThat(planner(900).plan(List.of(input)).rows().get(0).values()).containsEntry("CompanyId", "900");
	}

	@Test
	void aReplayCountsWhatTheInterruptedRunCreatedWithoutCreatingItAgain() {
		List<PlanInput> chunk = List.of(row(2, "Alfa AB", "556016-0680", "Anna"),
				row(3, "Beta AB", "556677-8899", "Bo"), row(4, "Alfa AB", "556016-0680", "Cia"));
		ChunkPlan planned = planner(1).plan(chunk);
		for (NewRecord company : planned.inserts()) {
			if (company.entity().equals("companies")) {
				String govNo = ((String) company.values().get("CompanyGovNo")).replace("-", "");
				this.directory.own.put(new CompanyKey(CompanyKey.Kind.GOV_NO, govNo), company.id());
			}
		}
		// resumed after a crash: a fresh planner replays the chunk the run had written
		CompanyPlanner resumed = planner(900);
		ChunkPlan replayed = resumed.replay(chunk);
		assertThat(replayed.counts()).isEqualTo(planned.counts());
		assertThat(replayed.rows()).extracting(RowOutcome::status)
			.containsExactly(RowStatus.CREATE, RowStatus.CREATE, RowStatus.CREATE);
		assertThat(replayed.inserts()).filteredOn((r) -> r.entity().equals("companies")).isEmpty();
		// a later chunk's row of Alfa joins the company stored before the interruption
		long alfa = planned.inserts().get(0).id();
		ChunkPlan later = resumed.plan(List.of(row(5, "Alfa AB", "556016-0680", "Dan")));
		assertThat(later.inserts()).singleElement().satisfies((contact) -> {
			assertThat(contact.entity()).isEqualTo("contacts");
			assertThat(contact.parentId()).contains(alfa);
		});
	}

	@Test
	void invalidRowsAreNotPlanned() {
		RowResult invalid = new RowResult(2, Map.of(), List.of(new Violation(2, 0, "CompanyName", "", "required")),
				List.of());
		ChunkPlan plan = planner(1).plan(List.of(new PlanInput(List.of(""), invalid)));
		assertThat(plan.rows().get(0).status()).isEqualTo(RowStatus.INVALID);
		assertThat(plan.inserts()).isEmpty();
	}

	@Test
	void fullNameIsSplitIntoFirstAndLastName() {
		Map<String, Object> contact = new HashMap<>(Map.of("ContactName", "Anna Maria Svensson"));
		CompanyPlanner.splitFullName(contact);
		assertThat(contact).containsEntry("ContactFirstName", "Anna Maria")
			.containsEntry("ContactLastName", "Svensson")
			.doesNotContainKey("ContactName");
	}

	private static PlanInput row(long line, String name, String govNo, String firstName) {
		return input(line, values(name, govNo, firstName));
	}

	private static Map<String, Object> values(String name, String govNo, String firstName) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("CompanyName", name);
		if (govNo != null) {
			values.put("CompanyGovNo", govNo);
		}
		if (firstName != null) {
			values.put("ContactFirstName", firstName);
			values.put("ContactLastName", "Svensson");
		}
		return values;
	}

	private static PlanInput input(long line, Map<String, Object> values) {
		return new PlanInput(List.of(), new RowResult(line, values, List.of(), List.of()));
	}

	private static final class StubDirectory implements CompanyDirectory {

		final Map<CompanyKey, Long> companies = new HashMap<>();

		final List<ContactIdentity> contacts = new ArrayList<>();

		/** Companies the import itself stored before it was interrupted. */
		final Map<CompanyKey, Long> own = new HashMap<>();

		@Override
		public Map<CompanyKey, Long> findOwnCompanies(Collection<CompanyKey> keys) {
			Map<CompanyKey, Long> found = new HashMap<>();
			keys.stream().filter(this.own::containsKey).forEach((k) -> found.put(k, this.own.get(k)));
			return found;
		}

		@Override
		public Map<CompanyKey, Long> findCompanies(Collection<CompanyKey> keys) {
			Map<CompanyKey, Long> found = new HashMap<>();
			keys.forEach((k) -> {
				if (this.companies.containsKey(k)) {
					found.put(k, this.companies.get(k));
				}
			});
			return found;
		}

		@Override
		public Set<ContactIdentity> findContacts(Collection<Long> companyIds) {
			return Set.copyOf(this.contacts.stream().filter((c) -> companyIds.contains(c.companyId())).toList());
		}

		@Override
		public Map<Long, StoredRecord> loadCompanies(Collection<Long> companyIds) {
			return Map.of();
		}

		@Override
		public List<StoredRecord> loadContacts(Collection<Long> companyIds) {
			return List.of();
		}

	}

}
