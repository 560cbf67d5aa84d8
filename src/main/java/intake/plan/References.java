package intake.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import intake.schema.FieldDef;
import intake.schema.FieldType;
import intake.schema.ImportType;
import intake.schema.Links;
import intake.validate.RowResult;
import intake.validate.Violation;

/**
 * Resolves the reference fields of a chunk's valid rows against the tenant's records, in
 * one batched look-up per referenced entity: companies first, then contacts (narrowed to
 * the row's company when it names one), then the rest. A resolved reference puts the
 * record's id under its link key ({@code companyId}, {@link Links}); a value that matches
 * no record, or more than one, is a row error naming the value and the candidates.
 * Product categories a products file names are created on the fly (the type's documented
 * behaviour); company categories only with {@code createMissing}, otherwise an unknown
 * one is a row warning. Not thread-safe: one per import pass.
 */
final class References {

	static final String PRODUCT_CATEGORIES = "product-categories";

	static final String COMPANY_CATEGORIES = "company-categories";

	private static final int LISTED = 5;

	private final List<FieldDef> refs;

	private final Optional<FieldDef> companyCategories;

	private final Map<String, Integer> columns;

	private final RecordDirectory directory;

	private final IdAllocator ids;

	private final boolean createMissing;

	/** Categories this pass created: entity to lower-case name to id. */
	private final Map<String, Map<String, Long>> created = new HashMap<>();

	/**
	 * @param type the import type
	 * @param mapped the mapped field keys with their column index
	 * @param directory the tenant's records
	 * @param ids where ids of created categories come from
	 * @param createMissing whether unknown company categories are created
	 */
	References(ImportType type, Map<String, Integer> mapped, RecordDirectory directory, IdAllocator ids,
			boolean createMissing) {
		this.columns = Map.copyOf(mapped);
		this.directory = Objects.requireNonNull(directory, "directory");
		this.ids = Objects.requireNonNull(ids, "ids");
		this.createMissing = createMissing;
		List<FieldDef> refs = new ArrayList<>();
		for (FieldDef field : type.fields()) {
			if (field.type() == FieldType.REF && mapped.containsKey(field.key())
					&& !field.ref().orElseThrow().equals(field.entity())) {
				refs.add(field);
			}
		}
		refs.sort(java.util.Comparator.comparingInt(References::order));
		this.refs = List.copyOf(refs);
		this.companyCategories = type.findField("CompanyCategory").filter((f) -> mapped.containsKey(f.key()));
	}

	private static int order(FieldDef field) {
		return switch (field.ref().orElseThrow()) {
			case "companies" -> 0;
			case "contacts" -> 1;
			default -> 2;
		};
	}

	/** Whether the type has references this resolver handles among the mapped fields. */
	boolean any() {
		return !this.refs.isEmpty() || this.companyCategories.isPresent();
	}

	/**
	 * Resolves the chunk.
	 * @param chunk the validated rows
	 * @return the rows with link ids or errors added, and the categories created
	 */
	Resolved resolve(List<PlanInput> chunk) {
		List<Row> rows = new ArrayList<>(chunk.size());
		for (PlanInput input : chunk) {
			rows.add(new Row(input));
		}
		List<NewRecord> inserts = new ArrayList<>();
		Map<String, EntityCounts> counts = new LinkedHashMap<>();
		for (FieldDef field : this.refs) {
			resolveField(field, rows, inserts, counts);
		}
		this.companyCategories.ifPresent((field) -> checkCompanyCategories(field, rows, inserts, counts));
		List<PlanInput> resolved = new ArrayList<>(rows.size());
		for (Row row : rows) {
			resolved.add(row.result());
		}
		return new Resolved(resolved, inserts, counts);
	}

	private void resolveField(FieldDef field, List<Row> rows, List<NewRecord> inserts,
			Map<String, EntityCounts> counts) {
		String target = field.ref().orElseThrow();
		String linkKey = Links.keyOf(target).orElseThrow();
		Set<String> values = new LinkedHashSet<>();
		for (Row row : rows) {
			value(row, field).ifPresent(values::add);
		}
		if (values.isEmpty()) {
			return;
		}
		Map<String, List<Candidate>> found = this.directory.candidates(target, values);
		for (Row row : rows) {
			Optional<String> value = value(row, field);
			if (value.isEmpty()) {
				continue;
			}
			List<Candidate> candidates = found.getOrDefault(value.get(), List.of());
			if (target.equals("contacts") && row.values.get("companyId") instanceof Long company) {
				candidates = candidates.stream()
					.filter((c) -> c.parentId().isEmpty() || c.parentId().get().equals(company))
					.toList();
			}
			if (candidates.size() == 1) {
				row.values.put(linkKey, candidates.get(0).id());
			}
			else if (candidates.isEmpty() && target.equals(PRODUCT_CATEGORIES)) {
				row.values.put(linkKey,
						create(PRODUCT_CATEGORIES, "ProductCategoryName", value.get(), row.line(), inserts, counts));
			}
			else {
				row.errors.add(new Violation(row.line(), column(field), field.key(), value.get(), candidates.isEmpty()
						? noMatch(target, value.get()) : ambiguous(target, value.get(), candidates)));
			}
		}
	}

	private void checkCompanyCategories(FieldDef field, List<Row> rows, List<NewRecord> inserts,
			Map<String, EntityCounts> counts) {
		Set<String> names = new LinkedHashSet<>();
		for (Row row : rows) {
			if (row.valid() && row.values.get(field.key()) instanceof List<?> list) {
				list.forEach((name) -> names.add(String.valueOf(name)));
			}
		}
		if (names.isEmpty()) {
			return;
		}
		Map<String, List<Candidate>> found = this.directory.candidates(COMPANY_CATEGORIES, names);
		for (Row row : rows) {
			if (!row.valid() || !(row.values.get(field.key()) instanceof List<?> list)) {
				continue;
			}
			for (Object item : list) {
				String name = String.valueOf(item);
				if (found.containsKey(name)
						|| this.created.getOrDefault(COMPANY_CATEGORIES, Map.of()).containsKey(key(name))) {
					continue;
				}
				if (this.createMissing) {
					create(COMPANY_CATEGORIES, "CompanyCategoryName", name, row.line(), inserts, counts);
				}
				else {
					row.warnings.add(new Violation(row.line(), column(field), field.key(), name,
							"The category '" + name
									+ "' is not among the company categories; it is kept as text. Add it under"
									+ " company categories, or import with createMissing to create it."));
				}
			}
		}
	}

	private long create(String entity, String nameField, String name, long line, List<NewRecord> inserts,
			Map<String, EntityCounts> counts) {
		Map<String, Long> byName = this.created.computeIfAbsent(entity, (e) -> new HashMap<>());
		Long id = byName.get(key(name));
		if (id != null) {
			return id;
		}
		long newId = this.ids.nextId(entity);
		byName.put(key(name), newId);
		Map<String, Object> values = new HashMap<>();
		values.put(nameField, name);
		inserts.add(new NewRecord(entity, newId, Optional.empty(), line, values));
		counts.merge(entity, new EntityCounts(1, 0, 0, 0), EntityCounts::plus);
		return newId;
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	private Optional<String> value(Row row, FieldDef field) {
		if (!row.valid()) {
			return Optional.empty();
		}
		Object value = row.values.get(field.key());
		return (value instanceof String text && !text.isBlank()) ? Optional.of(text.strip()) : Optional.empty();
	}

	private int column(FieldDef field) {
		return this.columns.getOrDefault(field.key(), -1);
	}

	static String noMatch(String entity, String value) {
		return switch (entity) {
			case "companies" -> "No company has the customer number, organisation number or name '" + value
					+ "'; import the company first or correct the value";
			case "contacts" -> "No contact has the contact number, e-mail or name '" + value
					+ "' (at the row's company, when it names one); import the contact first or correct the value";
			case "employees" -> "No employee has the employee number or name '" + value
					+ "'; add the employee under employees first or correct the value";
			case "products" -> "No product has the product number, supplier's product number or EAN '" + value
					+ "'; import the product first or correct the value";
			default -> "No " + entity + " record matches '" + value + "'";
		};
	}

	static String ambiguous(String entity, String value, Collection<Candidate> candidates) {
		String listed = candidates.stream().limit(LISTED).map(Candidate::description).collect(Collectors.joining("; "));
		String more = (candidates.size() > LISTED) ? "; and " + (candidates.size() - LISTED) + " more" : "";
		return "'" + value + "' matches " + candidates.size() + " " + entity + ": " + listed + more
				+ "; use a value that names exactly one (e.g. a number)";
	}

	/** The outcome of resolving one chunk. */
	record Resolved(List<PlanInput> rows, List<NewRecord> inserts, Map<String, EntityCounts> counts) {

		Resolved {
			rows = List.copyOf(rows);
			inserts = List.copyOf(inserts);
			counts = Map.copyOf(counts);
		}

	}

	/** A row being resolved: its values, errors and warnings so far. */
	private static final class Row {

		final PlanInput input;

		final Map<String, Object> values;

		final List<Violation> errors;

		final List<Violation> warnings;

		private final int errorsBefore;

		private final int warningsBefore;

		Row(PlanInput input) {
			this.input = input;
			this.values = new LinkedHashMap<>(input.result().values());
			this.errors = new ArrayList<>(input.result().errors());
			this.warnings = new ArrayList<>(input.result().warnings());
			this.errorsBefore = this.errors.size();
			this.warningsBefore = this.warnings.size();
		}

		long line() {
			return this.input.result().line();
		}

		boolean valid() {
			return this.errors.isEmpty();
		}

		PlanInput result() {
			boolean linked = this.values.size() != this.input.result().values().size();
			if (!linked && this.errors.size() == this.errorsBefore && this.warnings.size() == this.warningsBefore) {
				return this.input;
			}
			return new PlanInput(this.input.raw(), new RowResult(line(), this.values, this.errors, this.warnings));
		}

	}

}
