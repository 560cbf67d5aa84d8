package intake.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import intake.schema.FieldDef;
import intake.schema.FieldType;
import intake.schema.ImportMode;
import intake.schema.ImportType;
import intake.schema.Links;
import intake.validate.Violation;

/**
 * Plans the rows of every import type except the company types ({@link CompanyPlanner}):
 * <ul>
 * <li>notes, opportunities and tasks: one new record per row, with its references
 * resolved;</li>
 * <li>contacts, products and accounts: one record per row, matched to a stored record by
 * its natural key (contact number, product number or supplier's product number, account
 * number; a contact without number also by e-mail or name within its company) and
 * created, updated, left unchanged or skipped as the mode says; a key twice in one file
 * is a row error;</li>
 * <li>stock: updates the stock level of the product a row names by product number,
 * supplier's product number or EAN, set or adjusted; an unknown product is a row
 * error;</li>
 * <li>recurring invoices and price lists: rows grouped into a header record by
 * RepeatingOrderId or PriceListId (same file first, then stored ones), one line per row;
 * the first non-empty value of a header field wins, a conflicting later one is a row
 * warning. A stored recurring invoice is skipped with its lines; a stored price list gets
 * the file's new prices, and its existing prices are updated only with
 * {@code updatePrices} (or in UPDATE/UPSERT mode).</li>
 * </ul>
 * Not thread-safe: one planner per import pass.
 */
public final class RecordPlanner implements Planner {

	private final PlanOptions options;

	private final RecordOptions extra;

	private final RecordDirectory directory;

	private final IdAllocator ids;

	private final References references;

	private final Shape shape;

	private final String entity;

	private final List<FieldDef> fields;

	private final Optional<String> keyField;

	private final Optional<Header> header;

	private final Map<String, Long> keysSeen = new HashMap<>();

	private final Map<String, Group> groups = new HashMap<>();

	private final Map<String, Long> linesSeen = new HashMap<>();

	private final Map<Long, BigDecimal> stockPlanned = new HashMap<>();

	private final Map<Long, RowStatus> stockCounted = new HashMap<>();

	private boolean replaying;

	/**
	 * @param type any import type but the company types
	 * @param options mode, empty-cell rule and mapped fields
	 * @param extra category, stock, price and match options
	 * @param mapped the mapped field keys with their column index
	 * @param directory the tenant's stored records
	 * @param ids where record ids come from
	 * @throws IllegalArgumentException when the type does not support the mode
	 */
	public RecordPlanner(ImportType type, PlanOptions options, RecordOptions extra, Map<String, Integer> mapped,
			RecordDirectory directory, IdAllocator ids) {
		this.options = Objects.requireNonNull(options, "options");
		this.extra = Objects.requireNonNull(extra, "extra");
		this.directory = Objects.requireNonNull(directory, "directory");
		this.ids = Objects.requireNonNull(ids, "ids");
		this.shape = Shape.of(type);
		if (!supportedModes(type).contains(options.mode())) {
			throw new IllegalArgumentException(modeMessage(type));
		}
		this.references = new References(type, mapped, directory, ids, extra.createMissing());
		Optional<String> headerEntity = (this.shape == Shape.GROUPED) ? Optional.of(type.mainEntity())
				: Optional.empty();
		this.entity = headerEntity.isPresent() ? type.fields()
			.stream()
			.map(FieldDef::entity)
			.filter((e) -> !e.equals(type.mainEntity()))
			.findFirst()
			.orElseThrow() : type.mainEntity();
		this.fields = type.fieldsOf(this.entity);
		this.header = headerEntity.map((h) -> new Header(h, type.fieldsOf(h)));
		this.keyField = (this.shape == Shape.KEYED) ? Optional.of(matchField(type, extra)) : Optional.empty();
	}

	/** The modes a type can be imported in. */
	public static Set<ImportMode> supportedModes(ImportType type) {
		return switch (Shape.of(type)) {
			case SIMPLE -> EnumSet.of(ImportMode.CREATE);
			case STOCK -> EnumSet.of(ImportMode.UPDATE);
			case GROUPED -> type.key().equals("recurring-invoices") ? EnumSet.of(ImportMode.CREATE)
					: EnumSet.allOf(ImportMode.class);
			case KEYED -> EnumSet.allOf(ImportMode.class);
		};
	}

	/** Why a type supports only some modes, for the user. */
	public static String modeMessage(ImportType type) {
		return switch (Shape.of(type)) {
			case SIMPLE -> type.key() + " have no natural key to find a stored record by, so they import in CREATE"
					+ " mode only.";
			case STOCK -> "stock updates products that exist, so it imports in UPDATE mode only; set or adjust"
					+ " the levels with the stock option.";
			default ->
				type.key() + " import in CREATE mode only: an invoice that exists is skipped with its" + " lines.";
		};
	}

	private static String matchField(ImportType type, RecordOptions extra) {
		List<String> keys = type.fieldsOf(type.mainEntity())
			.stream()
			.filter(FieldDef::naturalKey)
			.map(FieldDef::key)
			.toList();
		return extra.matchOn().stream().filter(keys::contains).findFirst().orElse(keys.get(0));
	}

	@Override
	public ChunkPlan plan(List<PlanInput> chunk) {
		References.Resolved resolved = this.references.resolve(chunk);
		Chunk out = new Chunk();
		out.registers.addAll(resolved.inserts());
		resolved.counts().forEach(out::count);
		List<PlanInput> rows = resolved.rows();
		Stored stored = load(rows);
		List<RowOutcome> outcomes = new ArrayList<>(rows.size());
		for (PlanInput row : rows) {
			outcomes.add(planRow(row, stored, out));
		}
		for (Group group : this.groups.values()) {
			group.pending = null;
		}
		List<NewRecord> inserts = new ArrayList<>(out.registers);
		inserts.addAll(out.headers);
		inserts.addAll(out.records);
		return new ChunkPlan(outcomes, inserts, out.fills, out.counts, out.updates,
				this.header.map(Header::entity).orElse(this.entity));
	}

	@Override
	public ChunkPlan replay(List<PlanInput> chunk) {
		this.replaying = true;
		try {
			return plan(chunk);
		}
		finally {
			this.replaying = false;
		}
	}

	private RowOutcome planRow(PlanInput input, Stored stored, Chunk out) {
		if (!input.result().valid()) {
			return outcome(input, RowStatus.INVALID, input.result().values(), input.result().errors(),
					input.result().warnings(), Map.of());
		}
		Row row = new Row(input);
		try {
			RowStatus status = switch (this.shape) {
				case SIMPLE -> create(row, out);
				case KEYED -> keyed(row, stored, out);
				case STOCK -> stock(row, stored, out);
				case GROUPED -> grouped(row, stored, out);
			};
			return outcome(input, status, row.values, List.of(), row.warnings, row.changes);
		}
		catch (RowError error) {
			Violation violation = new Violation(row.line, -1, error.field, error.value, error.getMessage());
			return outcome(input, RowStatus.INVALID, row.values, List.of(violation), row.warnings, Map.of());
		}
	}

	private RowStatus create(Row row, Chunk out) {
		out.records.add(newRecord(this.entity, this.fields, row, Optional.empty()));
		out.count(this.entity, new EntityCounts(1, 0, 0, 0));
		return RowStatus.CREATE;
	}

	private RowStatus keyed(Row row, Stored stored, Chunk out) {
		String key = this.keyField.orElseThrow();
		if (this.entity.equals("contacts")) {
			CompanyPlanner.splitFullName(row.values);
		}
		Optional<String> value = text(row.values.get(key));
		Optional<StoredRecord> match = Optional.empty();
		if (value.isPresent()) {
			Long first = this.keysSeen.putIfAbsent(value.get(), row.line);
			if (first != null) {
				throw new RowError(key, value.get(), key + " '" + value.get() + "' is on line " + first
						+ " of this file already; each record appears once");
			}
			List<StoredRecord> found = stored.byKey.getOrDefault(value.get(), List.of());
			if (found.size() > 1) {
				throw new RowError(key, value.get(), key + " '" + value.get() + "' matches " + found.size()
						+ " stored records (ids " + ids(found) + "); correct the stored records first");
			}
			match = found.stream().findFirst();
			if (match.isEmpty()) {
				zeroTwin(value.get(), stored)
					.ifPresent((twin) -> row.warnings.add(new Violation(row.line, -1, key, value.get(),
							key + " '" + value.get() + "' matches no stored record, but '" + twin
									+ "' differs from it only by leading zeros; a spreadsheet may have dropped them."
									+ " Correct the file if they are the same")));
			}
		}
		if (match.isEmpty() && this.entity.equals("contacts")) {
			match = contactIdentity(row.values).map(stored.contacts::get);
		}
		return decide(row, match, out);
	}

	/** A stored key equal to {@code value} but for leading zeros, when there is one. */
	private static Optional<String> zeroTwin(String value, Stored stored) {
		if (!Digits.only(value)) {
			return Optional.empty();
		}
		String stripped = Digits.stripZeros(value);
		return stored.zeroTwins.getOrDefault(stripped, List.of())
			.stream()
			.filter((twin) -> !twin.equals(value))
			.findFirst();
	}

	/** Create, update, leave unchanged or skip, as the mode says. */
	private RowStatus decide(Row row, Optional<StoredRecord> match, Chunk out) {
		if (match.isEmpty()) {
			if (!this.options.creates()) {
				out.count(this.entity, new EntityCounts(0, 0, 0, 1));
				return RowStatus.SKIP;
			}
			Optional<Long> parent = this.entity.equals("contacts") ? link(row.values, "companyId") : Optional.empty();
			out.records.add(newRecord(this.entity, this.fields, row, parent));
			out.count(this.entity, new EntityCounts(1, 0, 0, 0));
			return RowStatus.CREATE;
		}
		if (!this.options.updates()) {
			out.count(this.entity, new EntityCounts(0, 0, 0, 1));
			return RowStatus.SKIP;
		}
		return update(this.entity, this.fields, row, match.get(), out);
	}

	private RowStatus update(String entity, List<FieldDef> fields, Row row, StoredRecord stored, Chunk out) {
		Map<String, Object> target = target(fields, row.values);
		Map<String, FieldChange> changes = RecordDiff.changes(target, stored.values());
		if (changes.isEmpty()) {
			out.count(entity, new EntityCounts(0, 0, 1, 0));
			return RowStatus.UNCHANGED;
		}
		row.changes.putAll(changes);
		out.updates.add(new RecordUpdate(entity, stored.id(), row.line, stored.version(), target));
		out.count(entity, new EntityCounts(0, 1, 0, 0));
		return RowStatus.UPDATE;
	}

	private RowStatus stock(Row row, Stored stored, Chunk out) {
		String field = List.of("ProductNo", "ProductCode", "ProductEAN")
			.stream()
			.filter((k) -> text(row.values.get(k)).isPresent())
			.findFirst()
			.orElseThrow();
		String value = text(row.values.get(field)).orElseThrow();
		List<StoredRecord> found = stored.stock.getOrDefault(field + "\u0000" + value, List.of());
		if (found.isEmpty()) {
			String hint = zeroTwin(value, stored)
				.map((twin) -> "; the product number '" + twin
						+ "' differs from it only by leading zeros, which a spreadsheet may have dropped")
				.orElse("");
			throw new RowError(field, value, References.noMatch("products", value) + hint);
		}
		if (found.size() > 1) {
			throw new RowError(field, value, field + " '" + value + "' matches " + found.size() + " products (ids "
					+ ids(found) + "); identify the product by its product number");
		}
		StoredRecord product = found.get(0);
		BigDecimal quantity = (BigDecimal) row.values.get("ProductStockQty");
		BigDecimal before = this.stockPlanned.containsKey(product.id()) ? this.stockPlanned.get(product.id())
				: (BigDecimal) product.values().get("ProductStockQty");
		BigDecimal level = (this.extra.stock() == RecordOptions.StockRule.ADJUST)
				? ((before != null) ? before : BigDecimal.ZERO).add(quantity) : quantity;
		if (!this.replaying) {
			this.stockPlanned.put(product.id(), level);
		}
		Map<String, Object> current = new LinkedHashMap<>(product.values());
		current.put("ProductStockQty", before);
		Map<String, Object> target = new LinkedHashMap<>();
		target.put("ProductStockQty", level);
		text(row.values.get("ProductStockLocation")).ifPresent((l) -> target.put("ProductStockLocation", l));
		Map<String, FieldChange> changes = RecordDiff.changes(target, current);
		row.changes.putAll(changes);
		RowStatus status = changes.isEmpty() ? RowStatus.UNCHANGED : RowStatus.UPDATE;
		if (status == RowStatus.UPDATE) {
			RecordUpdate update = out.stockUpdates.get(product.id());
			if (update == null) {
				update = new RecordUpdate("products", product.id(), row.line, product.version(), target);
				out.stockUpdates.put(product.id(), update);
				out.updates.add(update);
			}
			else {
				update.values().putAll(target);
			}
		}
		RowStatus counted = this.stockCounted.get(product.id());
		if (counted == null) {
			this.stockCounted.put(product.id(), status);
			out.count("products",
					(status == RowStatus.UPDATE) ? new EntityCounts(0, 1, 0, 0) : new EntityCounts(0, 0, 1, 0));
		}
		else if (counted == RowStatus.UNCHANGED && status == RowStatus.UPDATE) {
			this.stockCounted.put(product.id(), status);
			out.count("products", new EntityCounts(0, 1, -1, 0));
		}
		return status;
	}

	private RowStatus grouped(Row row, Stored stored, Chunk out) {
		Header header = this.header.orElseThrow();
		String keyField = header.fields.stream().filter(FieldDef::naturalKey).findFirst().orElseThrow().key();
		String key = text(row.values.get(keyField)).orElseThrow();
		Group group = this.groups.get(key);
		if (group == null) {
			group = newGroup(header, keyField, key, row, stored, out);
			this.groups.put(key, group);
		}
		else if (!group.existing && group.created) {
			mergeHeader(header, group, row, out);
		}
		if (!group.existing && !group.created) {
			out.count(this.entity, new EntityCounts(0, 0, 0, 1));
			return RowStatus.SKIP;
		}
		boolean prices = this.entity.equals("price-list-prices");
		if (!prices) {
			if (group.existing) {
				out.count(this.entity, new EntityCounts(0, 0, 0, 1));
				return RowStatus.SKIP;
			}
			out.records.add(newRecord(this.entity, this.fields, row, Optional.of(group.id)));
			out.count(this.entity, new EntityCounts(1, 0, 0, 0));
			return RowStatus.CREATE;
		}
		long product = link(row.values, "productId").orElseThrow();
		Long first = this.linesSeen.putIfAbsent(key + "\u0000" + product, row.line);
		if (first != null) {
			throw new RowError("ProductNo", String.valueOf(row.values.get("ProductNo")),
					"This product is in price list '" + key + "' on line " + first
							+ " of this file already; each product appears once per list");
		}
		Optional<StoredRecord> price = group.existing
				? Optional.ofNullable(stored.prices.get(group.id + "\u0000" + product)) : Optional.empty();
		if (price.isEmpty()) {
			if (!this.options.creates()) {
				out.count(this.entity, new EntityCounts(0, 0, 0, 1));
				return RowStatus.SKIP;
			}
			out.records.add(newRecord(this.entity, this.fields, row, Optional.of(group.id)));
			out.count(this.entity, new EntityCounts(1, 0, 0, 0));
			return RowStatus.CREATE;
		}
		if (!this.extra.updatePrices() && !this.options.updates()) {
			out.count(this.entity, new EntityCounts(0, 0, 0, 1));
			return RowStatus.SKIP;
		}
		return update(this.entity, this.fields, row, price.get(), out);
	}

	private Group newGroup(Header header, String keyField, String key, Row row, Stored stored, Chunk out) {
		Long own = stored.ownHeaders.get(key);
		if (own != null) {
			Group group = new Group(own, false, true, row.line, header.fields.size());
			return group;
		}
		List<StoredRecord> found = stored.headers.getOrDefault(key, List.of());
		if (!found.isEmpty()) {
			out.count(header.entity, new EntityCounts(0, 0, 0, 1));
			return new Group(found.get(0).id(), true, false, row.line, 0);
		}
		if (!this.options.creates()) {
			out.count(header.entity, new EntityCounts(0, 0, 0, 1));
			return new Group(0, false, false, row.line, 0);
		}
		Group group = new Group(this.ids.nextId(header.entity), false, true, row.line, header.fields.size());
		NewRecord record = newRecord(header.entity, header.fields, row, Optional.empty());
		record = new NewRecord(header.entity, group.id, Optional.empty(), row.line, record.values());
		for (int i = 0; i < header.fields.size(); i++) {
			Object value = record.values().get(header.fields.get(i).key());
			if (value != null) {
				group.hashes[i] = CompanyPlanner.hash(value);
			}
		}
		group.pending = record;
		out.headers.add(record);
		out.count(header.entity, new EntityCounts(1, 0, 0, 0));
		return group;
	}

	private void mergeHeader(Header header, Group group, Row row, Chunk out) {
		for (int i = 0; i < header.fields.size(); i++) {
			FieldDef field = header.fields.get(i);
			Object value = row.values.get(field.key());
			if (value == null) {
				continue;
			}
			int hash = CompanyPlanner.hash(value);
			if (group.hashes[i] == 0) {
				group.hashes[i] = hash;
				Map<String, Object> target = (group.pending != null) ? group.pending.values()
						: out.fills.computeIfAbsent(group.id, (id) -> new HashMap<>());
				target.put(field.key(), value);
				linkOf(field).flatMap((l) -> link(row.values, l))
					.ifPresent((id) -> target.put(linkOf(field).get(), id));
			}
			else if (group.hashes[i] != hash && !field.naturalKey()) {
				row.warnings.add(new Violation(row.line, -1, field.key(), String.valueOf(value), field.label()
						+ " differs from line " + group.firstLine + " of the same record; the first value is kept"));
			}
		}
	}

	/** Batched look-ups of the stored records this chunk's rows may match. */
	private Stored load(List<PlanInput> rows) {
		Stored stored = new Stored();
		switch (this.shape) {
			case KEYED -> {
				String key = this.keyField.orElseThrow();
				Set<String> values = values(rows, key);
				values.removeAll(this.keysSeen.keySet());
				if (!values.isEmpty()) {
					for (StoredRecord record : this.directory.load(this.entity, key, values)) {
						text(record.values().get(key))
							.ifPresent((v) -> stored.byKey.computeIfAbsent(v, (k) -> new ArrayList<>()).add(record));
					}
					loadZeroTwins(this.entity, key, values, stored);
				}
				if (this.entity.equals("contacts")) {
					Set<Long> companies = new LinkedHashSet<>();
					for (PlanInput row : rows) {
						if (row.result().valid() && text(row.result().values().get(key)).isEmpty()) {
							link(row.result().values(), "companyId").ifPresent(companies::add);
						}
					}
					if (!companies.isEmpty()) {
						for (StoredRecord contact : this.directory.load("contacts", "companyId", companies)) {
							Map<String, Object> values2 = new HashMap<>(contact.values());
							contact.parentId().ifPresent((p) -> values2.put("companyId", p));
							contactIdentity(values2).ifPresent((id) -> stored.contacts.putIfAbsent(id, contact));
						}
					}
				}
			}
			case STOCK -> {
				for (String key : List.of("ProductNo", "ProductCode", "ProductEAN")) {
					Set<String> values = values(rows, key);
					if (!values.isEmpty()) {
						for (StoredRecord record : this.directory.load("products", key, values)) {
							text(record.values().get(key)).ifPresent(
									(v) -> stored.stock.computeIfAbsent(key + "\u0000" + v, (k) -> new ArrayList<>())
										.add(record));
						}
						if (key.equals("ProductNo")) {
							values.removeIf((v) -> stored.stock.containsKey(key + "\u0000" + v));
							loadZeroTwins("products", key, values, stored);
						}
					}
				}
			}
			case GROUPED -> loadGroups(rows, stored);
			case SIMPLE -> {
			}
		}
		return stored;
	}

	/** Stored keys that equal an unmatched numeric file key but for leading zeros. */
	private void loadZeroTwins(String entity, String key, Set<String> values, Stored stored) {
		Set<String> variants = new LinkedHashSet<>();
		for (String value : values) {
			if (!stored.byKey.containsKey(value) && Digits.only(value)) {
				variants.addAll(Digits.zeroVariants(value));
			}
		}
		if (variants.isEmpty()) {
			return;
		}
		for (StoredRecord record : this.directory.load(entity, key, variants)) {
			text(record.values().get(key)).ifPresent(
					(v) -> stored.zeroTwins.computeIfAbsent(Digits.stripZeros(v), (k) -> new ArrayList<>()).add(v));
		}
	}

	private void loadGroups(List<PlanInput> rows, Stored stored) {
		Header header = this.header.orElseThrow();
		String keyField = header.fields.stream().filter(FieldDef::naturalKey).findFirst().orElseThrow().key();
		Set<String> keys = values(rows, keyField);
		keys.removeAll(this.groups.keySet());
		if (keys.isEmpty()) {
			addPrices(rows, stored, keyField);
			return;
		}
		if (this.replaying) {
			stored.ownHeaders.putAll(this.directory.findOwn(header.entity, keyField, keys));
		}
		for (StoredRecord record : this.directory.load(header.entity, keyField, keys)) {
			text(record.values().get(keyField))
				.ifPresent((v) -> stored.headers.computeIfAbsent(v, (k) -> new ArrayList<>()).add(record));
		}
		addPrices(rows, stored, keyField);
	}

	private void addPrices(List<PlanInput> rows, Stored stored, String keyField) {
		if (!this.entity.equals("price-list-prices")) {
			return;
		}
		Set<Long> lists = new LinkedHashSet<>();
		for (String key : values(rows, keyField)) {
			Group group = this.groups.get(key);
			if (group != null && group.existing) {
				lists.add(group.id);
			}
			stored.headers.getOrDefault(key, List.of()).forEach((r) -> lists.add(r.id()));
		}
		if (lists.isEmpty()) {
			return;
		}
		for (StoredRecord price : this.directory.load(this.entity, "priceListId", lists)) {
			Object product = price.values().get("productId");
			if (price.parentId().isPresent() && product != null) {
				stored.prices.put(price.parentId().get() + "\u0000" + product, price);
			}
		}
	}

	private Map<String, Object> target(List<FieldDef> fields, Map<String, Object> row) {
		return RecordDiff.target(fields, row, this.options);
	}

	private NewRecord newRecord(String entity, List<FieldDef> fields, Row row, Optional<Long> parent) {
		Map<String, Object> values = new HashMap<>();
		for (FieldDef field : fields) {
			Object value = row.values.get(field.key());
			if (value == null) {
				continue;
			}
			values.put(field.key(), value);
			Object e164 = row.values.get(field.e164Key());
			if (e164 != null) {
				values.put(field.e164Key(), e164);
			}
			linkOf(field).flatMap((l) -> link(row.values, l)).ifPresent((id) -> values.put(linkOf(field).get(), id));
		}
		long id = this.ids.nextId(entity);
		return new NewRecord(entity, id, parent, row.line, values);
	}

	private static Optional<String> linkOf(FieldDef field) {
		return RecordDiff.linkOf(field);
	}

	private static Optional<Long> link(Map<String, Object> values, String key) {
		return (values.get(key) instanceof Long id) ? Optional.of(id) : Optional.empty();
	}

	private static Optional<ContactIdentity> contactIdentity(Map<String, Object> values) {
		Optional<Long> company = link(values, "companyId");
		if (company.isEmpty()) {
			return Optional.empty();
		}
		return ContactIdentity.of(company.get(), CompanyPlanner.email(values), (String) values.get("ContactFirstName"),
				(String) values.get("ContactLastName"));
	}

	private static Set<String> values(List<PlanInput> rows, String key) {
		Set<String> values = new LinkedHashSet<>();
		for (PlanInput row : rows) {
			if (row.result().valid()) {
				text(row.result().values().get(key)).ifPresent(values::add);
			}
		}
		return values;
	}

	private static Optional<String> text(Object value) {
		return (value instanceof String s && !s.isBlank()) ? Optional.of(s.strip()) : Optional.empty();
	}

	private static String ids(List<StoredRecord> records) {
		return String.join(", ", records.stream().map((r) -> Long.toString(r.id())).toList());
	}

	/** Link ids are opaque strings in what the preview shows. */
	private static RowOutcome outcome(PlanInput input, RowStatus status, Map<String, Object> values,
			List<Violation> errors, List<Violation> warnings, Map<String, FieldChange> changes) {
		Map<String, Object> shown = new LinkedHashMap<>();
		values.forEach((key, value) -> shown.put(key, (value instanceof Long id) ? Long.toString(id) : value));
		return new RowOutcome(input.result().line(), status, shown, errors, warnings, input.raw(), changes);
	}

	/** How a type's rows become records. */
	private enum Shape {

		SIMPLE, KEYED, STOCK, GROUPED;

		static Shape of(ImportType type) {
			return switch (type.key()) {
				case "contacts", "products", "accounts" -> KEYED;
				case "stock" -> STOCK;
				case "recurring-invoices", "price-lists" -> GROUPED;
				case "companies", "private-customers", "leads", "suppliers" ->
					throw new IllegalArgumentException(type.key() + " are planned by the CompanyPlanner");
				default -> SIMPLE;
			};
		}

	}

	/** The header entity of a two-level type and its fields. */
	private record Header(String entity, List<FieldDef> fields) {
	}

	/** A header record of this file: created by it, stored before, or skipped. */
	private static final class Group {

		final long id;

		final boolean existing;

		final boolean created;

		final long firstLine;

		final int[] hashes;

		NewRecord pending;

		Group(long id, boolean existing, boolean created, long firstLine, int fields) {
			this.id = id;
			this.existing = existing;
			this.created = created;
			this.firstLine = firstLine;
			this.hashes = new int[fields];
		}

	}

	/** One valid row being planned. */
	private static final class Row {

		final long line;

		final Map<String, Object> values;

		final List<Violation> warnings;

		final Map<String, FieldChange> changes = new LinkedHashMap<>();

		Row(PlanInput input) {
			this.line = input.result().line();
			this.values = new LinkedHashMap<>(input.result().values());
			this.warnings = new ArrayList<>(input.result().warnings());
		}

	}

	/** The stored records a chunk's rows may match. */
	private static final class Stored {

		final Map<String, List<StoredRecord>> byKey = new HashMap<>();

		final Map<ContactIdentity, StoredRecord> contacts = new HashMap<>();

		/**
		 * Stored keys that equal a file key but for leading zeros, by their zero-stripped
		 * form.
		 */
		final Map<String, List<String>> zeroTwins = new HashMap<>();

		final Map<String, List<StoredRecord>> stock = new HashMap<>();

		final Map<String, List<StoredRecord>> headers = new HashMap<>();

		final Map<String, Long> ownHeaders = new HashMap<>();

		final Map<String, StoredRecord> prices = new HashMap<>();

	}

	/** What one chunk adds up to. */
	private static final class Chunk {

		final List<NewRecord> registers = new ArrayList<>();

		final List<NewRecord> headers = new ArrayList<>();

		final List<NewRecord> records = new ArrayList<>();

		final Map<Long, Map<String, Object>> fills = new HashMap<>();

		final List<RecordUpdate> updates = new ArrayList<>();

		final Map<Long, RecordUpdate> stockUpdates = new HashMap<>();

		final Map<String, EntityCounts> counts = new LinkedHashMap<>();

		void count(String entity, EntityCounts delta) {
			this.counts.merge(entity, delta, EntityCounts::plus);
		}

	}

	/** A row that cannot be planned. */
	private static final class RowError extends RuntimeException {

		final String field;

		final String value;

		RowError(String field, String value, String message) {
			super(message, null, false, false);
			this.field = field;
			this.value = value;
		}

	}

}
