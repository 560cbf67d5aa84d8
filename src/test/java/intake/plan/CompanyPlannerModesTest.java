package intake.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import intake.schema.ImportMode;
import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.validate.RowResult;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyPlannerModesTest {

	private static final ImportType COMPANIES = ImportTypes.find("companies").orElseThrow();

	private static final Set<String> MAPPED = Set.of("CompanyName", "CompanyGovNo", "CompanyPhone", "CompanyTurnover",
			"CompanyPostCity", "ContactFirstName", "ContactLastName", "ContactRoleEmail", "ContactRolePosition");

	private final StoredCompanies directory = new StoredCompanies(false);

	@Test
	void updateWithEqualValuesIsUnchangedAndWritesNothing() {
		storeAlfa();
		ChunkPlan plan = planner(ImportMode.UPDATE, EmptyCellRule.KEEP, "CompanyId", "CompanyGovNo")
			.plan(List.of(input(2, alfaRow())));
		assertThat(plan.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.UNCHANGED);
		assertThat(plan.rows().get(0).changes()).isEmpty();
		assertThat(plan.updates()).isEmpty();
		assertThat(plan.inserts()).isEmpty();
		assertThat(plan.counts().get("companies")).isEqualTo(new EntityCounts(0, 0, 1, 0));
		assertThat(plan.counts().get("contacts")).isEqualTo(new EntityCounts(0, 0, 1, 0));
	}

	@Test
	void updateDiffsChangedFieldsAndCarriesThePhoneCopyAlong() {
		storeAlfa();
		Map<String, Object> row = alfaRow();
		row.put("CompanyPhone", "08-765 43 21");
		row.put("CompanyPhoneE164", "+4687654321");
		row.put("ContactRolePosition", "VD");
		ChunkPlan plan = planner(ImportMode.UPDATE, EmptyCellRule.KEEP, "CompanyGovNo").plan(List.of(input(2, row)));
		RowOutcome outcome = plan.rows().get(0);
		assertThat(outcome.status()).isEqualTo(RowStatus.UPDATE);
		assertThat(outcome.changes()).containsOnlyKeys("CompanyPhone", "CompanyPhoneE164", "ContactRolePosition");
		assertThat(outcome.changes().get("CompanyPhone")).isEqualTo(new FieldChange("08-123 45 67", "08-765 43 21"));
		assertThat(plan.updates()).extracting(RecordUpdate::entity).containsExactly("companies", "contacts");
		RecordUpdate company = plan.updates().get(0);
		assertThat(company.id()).isEqualTo(77L);
		assertThat(company.plannedVersion()).isEqualTo(3L);
		assertThat(company.values()).containsEntry("CompanyPhone", "08-765 43 21")
			.containsEntry("CompanyPhoneE164", "+4687654321");
		assertThat(plan.updates().get(1).id()).isEqualTo(501L);
		assertThat(plan.counts().get("companies")).isEqualTo(new EntityCounts(0, 1, 0, 0));
		assertThat(plan.counts().get("contacts")).isEqualTo(new EntityCounts(0, 1, 0, 0));
	}

	@Test
	void decimalsCompareByValue() {
		storeAlfa();
		Map<String, Object> row = alfaRow();
		row.put("CompanyTurnover", new BigDecimal("1234.5"));
		ChunkPlan plan = planner(ImportMode.UPDATE, EmptyCellRule.KEEP, "CompanyGovNo").plan(List.of(input(2, row)));
		assertThat(plan.rows().get(0).status()).isEqualTo(RowStatus.UNCHANGED);
	}

	@Test
	void emptyCellKeepsTheStoredValueWithKeep() {
		storeAlfa();
		Map<String, Object> row = alfaRow();
		row.remove("CompanyPostCity");
		ChunkPlan plan = planner(ImportMode.UPDATE, EmptyCellRule.KEEP, "CompanyGovNo").plan(List.of(input(2, row)));
		assertThat(plan.rows().get(0).status()).isEqualTo(RowStatus.UNCHANGED);
		assertThat(plan.updates()).isEmpty();
	}

	@Test
	void emptyCellOfAMappedColumnClearsWithClearButUnmappedFieldsStay() {
		storeAlfa();
		Map<String, Object> row = alfaRow();
		row.remove("CompanyPostCity");
		ChunkPlan plan = planner(ImportMode.UPDATE, EmptyCellRule.CLEAR, "CompanyGovNo").plan(List.of(input(2, row)));
		assertThat(plan.rows().get(0).status()).isEqualTo(RowStatus.UPDATE);
		assertThat(plan.rows().get(0).changes()).containsOnlyKeys("CompanyPostCity");
		assertThat(plan.rows().get(0).changes().get("CompanyPostCity")).isEqualTo(new FieldChange("Västerås", null));
		// CompanyNote is stored but not mapped; CompanyId is never cleared.
		assertThat(plan.updates().get(0).values()).containsEntry("CompanyPostCity", null)
			.doesNotContainKeys("CompanyNote", "CompanyId");
	}

	@Test
	void updateSkipsUnmatchedCompaniesAndTheirContacts() {
		ChunkPlan plan = planner(ImportMode.UPDATE, EmptyCellRule.KEEP, "CompanyId", "CompanyGovNo")
			.plan(List.of(input(2, alfaRow())));
		assertThat(plan.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.SKIP);
		assertThat(plan.inserts()).isEmpty();
		assertThat(plan.counts().get("companies")).isEqualTo(new EntityCounts(0, 0, 0, 1));
		assertThat(plan.counts().get("contacts")).isEqualTo(new EntityCounts(0, 0, 0, 1));
	}

	@Test
	void upsertCreatesUnmatchedCompaniesAndNewContactsOfMatchedOnes() {
		storeAlfa();
		Map<String, Object> newContact = alfaRow();
		newContact.put("ContactFirstName", "Bo");
		newContact.put("ContactRoleEmail", "bo@alfa.se");
		Map<String, Object> beta = new LinkedHashMap<>(Map.of("CompanyName", "Beta AB", "CompanyGovNo", "556677-8899",
				"ContactFirstName", "Cia", "ContactLastName", "Ek"));
		ChunkPlan plan = planner(ImportMode.UPSERT, EmptyCellRule.KEEP, "CompanyGovNo")
			.plan(List.of(input(2, newContact), input(3, beta)));
		assertThat(plan.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.UNCHANGED, RowStatus.CREATE);
		assertThat(plan.inserts()).extracting(NewRecord::entity).containsExactly("companies", "contacts", "contacts");
		assertThat(plan.inserts().get(1).parentId()).contains(77L);
		assertThat(plan.counts().get("companies")).isEqualTo(new EntityCounts(1, 0, 1, 0));
		assertThat(plan.counts().get("contacts")).isEqualTo(new EntityCounts(2, 0, 0, 0));
	}

	@Test
	void matchOnGovNoIgnoresTheCustomerNumberAndRefusesOneOfAnotherCompany() {
		storeAlfa();
		Map<String, Object> byNumberOnly = new LinkedHashMap<>(Map.of("CompanyName", "Alfa AB", "CompanyId", "100"));
		ChunkPlan plan = planner(ImportMode.UPSERT, EmptyCellRule.KEEP, "CompanyGovNo")
			.plan(List.of(input(2, byNumberOnly)));
		// Not matched by its organisation number (it has none), and creating it would
		// reuse the stored company's customer number.
		assertThat(plan.rows().get(0).status()).isEqualTo(RowStatus.INVALID);
		assertThat(plan.rows().get(0).errors().get(0).message()).contains("CompanyId 100").contains("77");
		assertThat(planner(ImportMode.UPDATE, EmptyCellRule.KEEP, "CompanyGovNo").plan(List.of(input(2, byNumberOnly)))
			.rows()
			.get(0)
			.status()).isEqualTo(RowStatus.SKIP);
	}

	@Test
	void laterRowsOfAStoredCompanyFillFieldsTheFirstRowLeftEmpty() {
		storeAlfa();
		Map<String, Object> first = alfaRow();
		first.remove("CompanyTurnover");
		Map<String, Object> second = alfaRow();
		second.put("CompanyTurnover", new BigDecimal("99.00"));
		second.put("CompanyPhone", "08-000 00 00");
		second.put("ContactFirstName", "Bo");
		second.put("ContactRoleEmail", "bo@alfa.se");
		ChunkPlan plan = planner(ImportMode.UPDATE, EmptyCellRule.KEEP, "CompanyGovNo")
			.plan(List.of(input(2, first), input(3, second)));
		assertThat(plan.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.UNCHANGED, RowStatus.UPDATE);
		assertThat(plan.rows().get(1).changes()).containsOnlyKeys("CompanyTurnover");
		assertThat(plan.rows().get(1).warnings()).extracting((w) -> w.field()).containsExactly("CompanyPhone");
		assertThat(plan.counts().get("companies")).isEqualTo(new EntityCounts(0, 1, 0, 0));
		assertThat(plan.updates()).singleElement()
			.satisfies((u) -> assertThat(u.values()).containsOnlyKeys("CompanyTurnover"));
	}

	private CompanyPlanner planner(ImportMode mode, EmptyCellRule emptyCells, String... matchOn) {
		return new CompanyPlanner(COMPANIES, PlanOptions.of(mode, List.of(matchOn), emptyCells, MAPPED), 1000,
				this.directory, IdAllocator.counting());
	}

	private void storeAlfa() {
		Map<String, Object> values = new HashMap<>(alfaRow());
		values.keySet().removeIf((k) -> k.startsWith("Contact"));
		values.put("CompanyId", "100");
		values.put("CompanyKind", "customer");
		values.put("CompanyNote", "VIP");
		values.put("CompanyTurnover", new BigDecimal("1234.5000"));
		this.directory.add(new StoredRecord(77L, Optional.empty(), 3, values), "100", "5560160680");
		this.directory.contacts.add(new StoredRecord(501L, Optional.of(77L), 1, Map.of("ContactFirstName", "Anna",
				"ContactLastName", "Svensson", "ContactRoleEmail", "anna@alfa.se", "ContactRolePosition", "CFO")));
	}

	private static Map<String, Object> alfaRow() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("CompanyName", "Alfa AB");
		values.put("CompanyGovNo", "556016-0680");
		values.put("CompanyPhone", "08-123 45 67");
		values.put("CompanyPhoneE164", "+4681234567");
		values.put("CompanyTurnover", new BigDecimal("1234.50"));
		values.put("CompanyPostCity", "Västerås");
		values.put("ContactFirstName", "Anna");
		values.put("ContactLastName", "Svensson");
		values.put("ContactRoleEmail", "anna@alfa.se");
		values.put("ContactRolePosition", "CFO");
		return values;
	}

	private static PlanInput input(long line, Map<String, Object> values) {
		return new PlanInput(List.of(), new RowResult(line, values, List.of(), List.of()));
	}

}
