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
import intake.validate.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecordPlannerTest {

	private final MemoryDirectory directory = new MemoryDirectory();

	private RecordPlanner planner(String type, ImportMode mode, RecordOptions extra) {
		ImportType importType = ImportTypes.get(type);
		Map<String, Integer> mapped = new LinkedHashMap<>();
		importType.fields().forEach((f) -> mapped.put(f.key(), mapped.size()));
		return new RecordPlanner(importType, PlanOptions.of(mode, List.of(), EmptyCellRule.KEEP, mapped.keySet()),
				extra, mapped, this.directory, IdAllocator.counting());
	}

	@Test
	void notesResolveTheirCompanyAndNameTheValueWhenNothingOrSeveralMatch() {
		this.directory.candidate("companies", "Alfa AB", 10, "Alfa AB (customer number 1)");
		this.directory.candidate("companies", "Beta AB", 11, "Beta AB (customer number 2)");
		this.directory.candidate("companies", "Beta AB", 12, "Beta AB (customer number 3)");
		ChunkPlan plan = planner("notes", ImportMode.CREATE, RecordOptions.DEFAULT)
			.plan(List.of(row(2, "NoteTitle", "Samtal", "NoteCompanyId", "Alfa AB"),
					row(3, "NoteTitle", "Möte", "NoteCompanyId", "Gamma AB"),
					row(4, "NoteTitle", "Offert", "NoteCompanyId", "Beta AB")));
		assertThat(plan.rows()).extracting(RowOutcome::status)
			.containsExactly(RowStatus.CREATE, RowStatus.INVALID, RowStatus.INVALID);
		assertThat(plan.inserts()).singleElement().satisfies((note) -> {
			assertThat(note.entity()).isEqualTo("notes");
			assertThat(note.values()).containsEntry("companyId", 10L).containsEntry("NoteCompanyId", "Alfa AB");
		});
		assertThat(plan.rows().get(0).values()).containsEntry("companyId", "10");
		Violation none = plan.rows().get(1).errors().get(0);
		assertThat(none.field()).isEqualTo("NoteCompanyId");
		assertThat(none.column()).isEqualTo(4);
		assertThat(none.message()).contains("'Gamma AB'").contains("No company");
		assertThat(plan.rows().get(2).errors().get(0).message()).contains("matches 2 companies")
			.contains("Beta AB (customer number 2)")
			.contains("Beta AB (customer number 3)");
		assertThat(plan.counts().get("notes")).isEqualTo(new EntityCounts(1, 0, 0, 0));
	}

	@Test
	void aContactReferenceIsNarrowedToTheRowsCompany() {
		this.directory.candidate("companies", "Alfa AB", 10, "Alfa AB");
		this.directory.candidates.computeIfAbsent("contacts", (e) -> new HashMap<>())
			.put("Anna Berg", List.of(new Candidate(20, Optional.of(10L), "Anna Berg at Alfa AB"),
					new Candidate(21, Optional.of(99L), "Anna Berg at Other AB")));
		ChunkPlan plan = planner("tasks", ImportMode.CREATE, RecordOptions.DEFAULT)
			.plan(List.of(row(2, "TaskTitle", "Ring", "TaskCustomerId", "Alfa AB", "TaskContactId", "Anna Berg"),
					row(3, "TaskTitle", "Ring igen", "TaskContactId", "Anna Berg")));
		assertThat(plan.rows().get(0).status()).isEqualTo(RowStatus.CREATE);
		assertThat(plan.inserts().get(0).values()).containsEntry("contactId", 20L).containsEntry("companyId", 10L);
		assertThat(plan.rows().get(1).status()).isEqualTo(RowStatus.INVALID);
		assertThat(plan.rows().get(1).errors().get(0).message()).contains("matches 2 contacts");
	}

	@Test
	void productsCreateTheirCategoryOnceAndSkipStoredProductsInCreateMode() {
		this.directory.stored("products", "ProductNo", record(50, "ProductNo", "1001", "ProductName", "Skruv"));
		RecordPlanner planner = planner("products", ImportMode.CREATE, RecordOptions.DEFAULT);
		ChunkPlan one = planner
			.plan(List.of(row(2, "ProductNo", "1001", "ProductName", "Skruv", "ProductCategory", "Järn"),
					row(3, "ProductNo", "1002", "ProductName", "Mutter", "ProductCategory", "järn")));
		ChunkPlan two = planner
			.plan(List.of(row(4, "ProductNo", "1003", "ProductName", "Bricka", "ProductCategory", "Järn"),
					row(5, "ProductNo", "1002", "ProductName", "Mutter 2")));
		assertThat(one.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.SKIP, RowStatus.CREATE);
		assertThat(one.inserts()).extracting(NewRecord::entity).containsExactly("product-categories", "products");
		long category = one.inserts().get(0).id();
		assertThat(one.inserts().get(1).values()).containsEntry("productCategoryId", category);
		assertThat(one.counts()).containsEntry("product-categories", new EntityCounts(1, 0, 0, 0))
			.containsEntry("products", new EntityCounts(1, 0, 0, 1));
		assertThat(two.inserts()).extracting(NewRecord::entity).containsExactly("products");
		assertThat(two.inserts().get(0).values()).containsEntry("productCategoryId", category);
		assertThat(two.rows().get(1).status()).isEqualTo(RowStatus.INVALID);
		assertThat(two.rows().get(1).errors().get(0).message()).contains("line 3");
	}

	@Test
	void aProductNumberThatLostItsLeadingZerosIsCreatedWithAWarning() {
		this.directory.stored("products", "ProductNo", record(50, "ProductNo", "000123", "ProductName", "Skruv"));
		ChunkPlan plan = planner("products", ImportMode.CREATE, RecordOptions.DEFAULT)
			.plan(List.of(row(2, "ProductNo", "123", "ProductName", "Skruv"),
					row(3, "ProductNo", "124", "ProductName", "Mutter")));
		assertThat(plan.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.CREATE, RowStatus.CREATE);
		assertThat(plan.rows().get(0).warnings()).singleElement()
			.satisfies((w) -> assertThat(w.message()).contains("'000123'").contains("leading zeros"));
		assertThat(plan.rows().get(1).warnings()).isEmpty();
		ChunkPlan stock = planner("stock", ImportMode.UPDATE, RecordOptions.DEFAULT)
			.plan(List.of(row(2, "ProductNo", "123", "ProductStockQty", BigDecimal.ONE)));
		assertThat(stock.rows().get(0).errors().get(0).message()).contains("'000123'").contains("leading zeros");
		assertThat(Digits.zeroVariants("0123")).contains("123", "00123", "000000000123").doesNotContain("0123");
	}

	@Test
	void productsUpdateOnlyWhatDiffers() {
		this.directory.stored("products", "ProductNo",
				record(50, "ProductNo", "1001", "ProductName", "Skruv", "ProductPrice", new BigDecimal("2.50")));
		this.directory.stored("products", "ProductNo", record(51, "ProductNo", "1002", "ProductName", "Mutter"));
		ChunkPlan plan = planner("products", ImportMode.UPSERT, RecordOptions.DEFAULT)
			.plan(List.of(row(2, "ProductNo", "1001", "ProductName", "Skruv", "ProductPrice", new BigDecimal("2.5000")),
					row(3, "ProductNo", "1002", "ProductName", "Mutter M6"),
					row(4, "ProductNo", "1004", "ProductName", "Ny")));
		assertThat(plan.rows()).extracting(RowOutcome::status)
			.containsExactly(RowStatus.UNCHANGED, RowStatus.UPDATE, RowStatus.CREATE);
		assertThat(plan.rows().get(1).changes().get("ProductName")).isEqualTo(new FieldChange("Mutter", "Mutter M6"));
		assertThat(plan.updates()).singleElement().satisfies((u) -> assertThat(u.id()).isEqualTo(51));
		assertThat(plan.counts().get("products")).isEqualTo(new EntityCounts(1, 1, 1, 0));
	}

	@Test
	void stockSetsOrAdjustsTheLevelOfTheProductARowNames() {
		this.directory.stored("products", "ProductNo",
				record(50, "ProductNo", "1001", "ProductName", "Skruv", "ProductStockQty", new BigDecimal("10")));
		this.directory.stored("products", "ProductEAN", record(51, "ProductNo", "1002", "ProductName", "Mutter",
				"ProductEAN", "7310865004703", "ProductStockQty", new BigDecimal("4")));
		RecordOptions adjust = new RecordOptions(false, RecordOptions.StockRule.ADJUST, false, List.of());
		ChunkPlan plan = planner("stock", ImportMode.UPDATE, adjust)
			.plan(List.of(row(2, "ProductNo", "1001", "ProductStockQty", new BigDecimal("5")),
					row(3, "ProductNo", "1001", "ProductStockQty", new BigDecimal("-3")),
					row(4, "ProductEAN", "7310865004703", "ProductStockQty", BigDecimal.ZERO),
					row(5, "ProductNo", "9999", "ProductStockQty", BigDecimal.ONE)));
		assertThat(plan.rows()).extracting(RowOutcome::status)
			.containsExactly(RowStatus.UPDATE, RowStatus.UPDATE, RowStatus.UNCHANGED, RowStatus.INVALID);
		assertThat(plan.rows().get(1).changes().get("ProductStockQty"))
			.isEqualTo(new FieldChange(new BigDecimal("15"), new BigDecimal("12")));
		assertThat(plan.updates()).singleElement()
			.satisfies((u) -> assertThat(u.values()).containsEntry("ProductStockQty", new BigDecimal("12")));
		assertThat(plan.rows().get(3).errors().get(0).message()).contains("'9999'");
		assertThat(plan.counts().get("products")).isEqualTo(new EntityCounts(0, 1, 1, 0));
		ChunkPlan set = planner("stock", ImportMode.UPDATE, RecordOptions.DEFAULT)
			.plan(List.of(row(2, "ProductNo", "1001", "ProductStockQty", new BigDecimal("7"))));
		assertThat(set.updates().get(0).values()).containsEntry("ProductStockQty", new BigDecimal("7"));
	}

	@Test
	void priceListsAreCreatedOnceAndStoredPricesChangeOnlyWithUpdatePrices() {
		this.directory.candidate("products", "1001", 50, "1001 Skruv");
		this.directory.candidate("products", "1002", 51, "1002 Mutter");
		this.directory.stored("price-lists", "PriceListId", record(70, "PriceListId", "Butik"));
		StoredRecord price = new StoredRecord(80, Optional.of(70L), 1,
				Map.of("ProductNo", "1001", "productId", 50L, "PriceOut", new BigDecimal("9.90")));
		this.directory.stored("price-list-prices", "priceListId", price);
		List<PlanInput> rows = List.of(
				row(2, "PriceListId", "Grossist", "ProductNo", "1001", "PriceOut", BigDecimal.TEN),
				row(3, "PriceListId", "Butik", "ProductNo", "1001", "PriceOut", new BigDecimal("12.50")),
				row(4, "PriceListId", "Grossist", "ProductNo", "1002", "PriceOut", BigDecimal.ONE),
				row(5, "PriceListId", "Grossist", "ProductNo", "1002", "PriceOut", BigDecimal.ONE));
		ChunkPlan keep = planner("price-lists", ImportMode.CREATE, RecordOptions.DEFAULT).plan(rows);
		assertThat(keep.rows()).extracting(RowOutcome::status)
			.containsExactly(RowStatus.CREATE, RowStatus.SKIP, RowStatus.CREATE, RowStatus.INVALID);
		assertThat(keep.inserts()).extracting(NewRecord::entity)
			.containsExactly("price-lists", "price-list-prices", "price-list-prices");
		long list = keep.inserts().get(0).id();
		assertThat(keep.inserts().get(1).parentId()).contains(list);
		assertThat(keep.inserts().get(1).values()).containsEntry("productId", 50L);
		assertThat(keep.counts()).containsEntry("price-lists", new EntityCounts(1, 0, 0, 1))
			.containsEntry("price-list-prices", new EntityCounts(2, 0, 0, 1));
		RecordOptions update = new RecordOptions(false, RecordOptions.StockRule.SET, true, List.of());
		ChunkPlan updated = planner("price-lists", ImportMode.CREATE, update).plan(rows);
		assertThat(updated.rows().get(1).status()).isEqualTo(RowStatus.UPDATE);
		assertThat(updated.rows().get(1).changes().get("PriceOut"))
			.isEqualTo(new FieldChange(new BigDecimal("9.90"), new BigDecimal("12.50")));
		assertThat(updated.updates()).singleElement().satisfies((u) -> assertThat(u.id()).isEqualTo(80));
	}

	@Test
	void recurringInvoiceLinesGroupIntoTheirInvoiceAndAStoredInvoiceIsSkipped() {
		this.directory.candidate("companies", "17", 10, "Alfa AB (customer number 17)");
		this.directory.stored("recurring-invoices", "RepeatingOrderId", record(90, "RepeatingOrderId", "A-2"));
		RecordPlanner planner = planner("recurring-invoices", ImportMode.CREATE, RecordOptions.DEFAULT);
		ChunkPlan one = planner.plan(List.of(
				row(2, "RepeatingOrderId", "A-1", "RepeatingCustomerId", "17", "RepeatingName", "Support",
						"RepeatingQuantity", BigDecimal.ONE),
				row(3, "RepeatingOrderId", "A-2", "RepeatingCustomerId", "17", "RepeatingName", "Licens",
						"RepeatingQuantity", BigDecimal.ONE)));
		ChunkPlan two = planner.plan(List.of(row(4, "RepeatingOrderId", "A-1", "RepeatingCustomerId", "17",
				"RepeatingName", "Drift", "RepeatingQuantity", BigDecimal.TEN, "RepeatingInvoiceTitle", "Avtal")));
		assertThat(one.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.CREATE, RowStatus.SKIP);
		NewRecord invoice = one.inserts().get(0);
		assertThat(invoice.entity()).isEqualTo("recurring-invoices");
		assertThat(invoice.values()).containsEntry("companyId", 10L);
		assertThat(one.inserts().get(1).parentId()).contains(invoice.id());
		assertThat(two.inserts()).singleElement()
			.satisfies((line) -> assertThat(line.parentId()).contains(invoice.id()));
		assertThat(two.fillEntity()).isEqualTo("recurring-invoices");
		assertThat(two.fills().get(invoice.id())).containsEntry("RepeatingInvoiceTitle", "Avtal");
		assertThat(one.counts()).containsEntry("recurring-invoices", new EntityCounts(1, 0, 0, 1))
			.containsEntry("recurring-invoice-lines", new EntityCounts(1, 0, 0, 1));
	}

	@Test
	void aResumedImportAttachesLaterLinesToTheInvoiceItCreatedBeforeTheCrash() {
		this.directory.candidate("companies", "17", 10, "Alfa AB");
		this.directory.own.put("A-1", 500L);
		RecordPlanner planner = planner("recurring-invoices", ImportMode.CREATE, RecordOptions.DEFAULT);
		ChunkPlan replayed = planner.replay(List.of(row(2, "RepeatingOrderId", "A-1", "RepeatingCustomerId", "17",
				"RepeatingName", "Support", "RepeatingQuantity", BigDecimal.ONE)));
		ChunkPlan next = planner.plan(List.of(row(3, "RepeatingOrderId", "A-1", "RepeatingCustomerId", "17",
				"RepeatingName", "Drift", "RepeatingQuantity", BigDecimal.ONE)));
		assertThat(replayed.inserts()).extracting(NewRecord::entity).containsExactly("recurring-invoice-lines");
		assertThat(next.inserts()).singleElement().satisfies((line) -> assertThat(line.parentId()).contains(500L));
		assertThat(next.counts()).doesNotContainKey("recurring-invoices");
	}

	@Test
	void contactsJoinTheirCompanyAndAStoredOneIsNotDuplicated() {
		this.directory.candidate("companies", "Alfa AB", 10, "Alfa AB");
		this.directory.stored("contacts", "companyId", new StoredRecord(30, Optional.of(10L), 1,
				Map.of("ContactFirstName", "Anna", "ContactLastName", "Berg")));
		ChunkPlan plan = planner("contacts", ImportMode.CREATE, RecordOptions.DEFAULT)
			.plan(List.of(row(2, "ContactName", "Anna Berg", "ContactRoleCompanyId", "Alfa AB"),
					row(3, "ContactName", "Bo Ek", "ContactRoleCompanyId", "Alfa AB")));
		assertThat(plan.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.SKIP, RowStatus.CREATE);
		assertThat(plan.inserts()).singleElement().satisfies((contact) -> {
			assertThat(contact.parentId()).contains(10L);
			assertThat(contact.values()).containsEntry("ContactFirstName", "Bo").containsEntry("ContactLastName", "Ek");
		});
	}

	@Test
	void typesWithoutNaturalKeyRefuseUpdateModes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> planner("notes", ImportMode.UPDATE, RecordOptions.DEFAULT))
			.withMessageContaining("CREATE mode only");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> planner("stock", ImportMode.CREATE, RecordOptions.DEFAULT))
			.withMessageContaining("UPDATE mode only");
		assertThat(RecordPlanner.supportedModes(ImportTypes.get("accounts")))
			.containsExactlyInAnyOrder(ImportMode.values());
	}

	private static StoredRecord record(long id, Object... keyValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			values.put((String) keyValues[i], keyValues[i + 1]);
		}
		return new StoredRecord(id, Optional.empty(), 1, values);
	}

	private static PlanInput row(long line, Object... keyValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			values.put((String) keyValues[i], keyValues[i + 1]);
		}
		return new PlanInput(List.of(), new RowResult(line, values, List.of(), List.of()));
	}

	/**
	 * The tenant's records in memory: candidates per value and stored records per key.
	 */
	private static final class MemoryDirectory implements RecordDirectory {

		final Map<String, Map<String, List<Candidate>>> candidates = new HashMap<>();

		final Map<String, List<StoredRecord>> records = new HashMap<>();

		final Map<String, Long> own = new HashMap<>();

		void candidate(String entity, String value, long id, String description) {
			this.candidates.computeIfAbsent(entity, (e) -> new HashMap<>())
				.computeIfAbsent(value, (v) -> new ArrayList<>())
				.add(new Candidate(id, Optional.empty(), description));
		}

		void stored(String entity, String key, StoredRecord record) {
			this.records.computeIfAbsent(entity + "/" + key, (k) -> new ArrayList<>()).add(record);
		}

		@Override
		public Map<String, List<Candidate>> candidates(String entity, Collection<String> values) {
			Map<String, List<Candidate>> found = new HashMap<>();
			Map<String, List<Candidate>> known = this.candidates.getOrDefault(entity, Map.of());
			for (String value : values) {
				if (known.containsKey(value)) {
					found.put(value, known.get(value));
				}
			}
			return found;
		}

		@Override
		public Map<String, Long> findOwn(String entity, String key, Collection<String> values) {
			Map<String, Long> found = new HashMap<>();
			values.stream().filter(this.own::containsKey).forEach((v) -> found.put(v, this.own.get(v)));
			return found;
		}

		@Override
		public List<StoredRecord> load(String entity, String key, Collection<?> values) {
			Set<?> wanted = Set.copyOf(values);
			return this.records.getOrDefault(entity + "/" + key, List.of()).stream().filter((r) -> {
				Object value = key.equals("priceListId") || key.equals("companyId") ? r.parentId().orElse(null)
						: r.values().get(key);
				return wanted.contains(value);
			}).toList();
		}

	}

}
