package intake.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import intake.plan.CompanyGroups.Group;
import intake.schema.FieldDef;
import intake.schema.ImportMode;
import intake.schema.ImportType;
import intake.validate.RowValues;
import intake.validate.RowResult;
import intake.validate.Violation;

/**
 * Turns validated rows of a companies file (and its siblings: private customers, leads,
 * suppliers) into companies with their contact persons, chunk by chunk. Rows of one
 * company — same customer number, else organisation number, else name and postcode — make
 * one company with one contact per row, also when the rows are not adjacent. The first
 * non-empty value of each company field wins; a conflicting later value is a row warning.
 * In {@link ImportMode#CREATE} a company that is already stored is skipped and the row's
 * contact is attached to it, unless that company already has the contact. In
 * {@link ImportMode#UPDATE} a stored company (found by the {@code matchOn} keys) is
 * compared field by field with its first row and updated or left unchanged, its stored
 * contacts likewise; companies and contacts without a match are skipped.
 * {@link ImportMode#UPSERT} updates what matches and creates the rest.
 * <p>
 * Not thread-safe: one planner per import pass.
 */
public final class CompanyPlanner implements Planner {

	static final String COMPANIES = "companies";

	static final String CONTACTS = "contacts";

	private final ImportType type;

	private final String defaultKind;

	private final CompanyDirectory directory;

	private final IdAllocator ids;

	private final PlanOptions options;

	private final StoredUpdates updating;

	private final List<FieldDef> companyFields;

	private final List<FieldDef> contactFields;

	private final CompanyGroups groups;

	private final FieldHashes fieldHashes;

	private final Set<ContactIdentity> storedContacts = new HashSet<>();

	private final Map<Long, Group> groupsPending = new HashMap<>();

	/** The natural keys of this chunk's rows, computed once per row. */
	private final Map<PlanInput, List<CompanyKey>> chunkKeys = new java.util.IdentityHashMap<>();

	private Map<CompanyKey, Long> stored = Map.of();

	/** While replaying: companies this import created before it was interrupted. */
	private Map<CompanyKey, Long> own = Map.of();

	private boolean replaying;

	private long nextCustomerNumber;

	private long maxCustomerNumberSeen;

	/**
	 * A planner matching on both natural keys, keeping stored values for empty cells and
	 * treating every field as mapped.
	 * @param type a companies-like import type
	 * @param mode the import mode
	 * @param firstFreeCustomerNumber the customer number given to the first company
	 * without one
	 * @param directory the tenant's stored companies and contacts
	 * @param ids where record ids come from
	 */
	public CompanyPlanner(ImportType type, ImportMode mode, long firstFreeCustomerNumber, CompanyDirectory directory,
			IdAllocator ids) {
		this(type,
				PlanOptions.of(mode, List.of("CompanyId", "CompanyGovNo"), EmptyCellRule.KEEP,
						type.fields().stream().map(FieldDef::key).collect(Collectors.toSet())),
				firstFreeCustomerNumber, directory, ids);
	}

	/**
	 * @param type a companies-like import type
	 * @param options mode, match keys, empty-cell rule and mapped fields
	 * @param firstFreeCustomerNumber the customer number given to the first company
	 * without one
	 * @param directory the tenant's stored companies and contacts
	 * @param ids where record ids come from
	 */
	public CompanyPlanner(ImportType type, PlanOptions options, long firstFreeCustomerNumber,
			CompanyDirectory directory, IdAllocator ids) {
		this(type, options, firstFreeCustomerNumber, directory, ids, PlanMemory.UNBOUNDED);
	}

	/**
	 * @param type a companies-like import type
	 * @param options mode, match keys, empty-cell rule and mapped fields
	 * @param firstFreeCustomerNumber the customer number given to the first company
	 * without one
	 * @param directory the tenant's stored companies and contacts
	 * @param ids where record ids come from
	 * @param memory how many of the file's companies stay in the heap
	 */
	public CompanyPlanner(ImportType type, PlanOptions options, long firstFreeCustomerNumber,
			CompanyDirectory directory, IdAllocator ids, PlanMemory memory) {
		this.groups = new CompanyGroups(memory);
		this.type = Objects.requireNonNull(type, "type");
		this.options = Objects.requireNonNull(options, "options");
		this.defaultKind = defaultKind(type.key());
		this.directory = Objects.requireNonNull(directory, "directory");
		this.ids = Objects.requireNonNull(ids, "ids");
		this.companyFields = type.fieldsOf(COMPANIES);
		this.contactFields = type.fieldsOf(CONTACTS);
		this.nextCustomerNumber = firstFreeCustomerNumber;
		this.fieldHashes = new FieldHashes(this.companyFields.size());
		this.updating = new StoredUpdates(options, this.companyFields, this.contactFields, this.fieldHashes);
	}

	/** The kind a company of this import type gets unless the row names one. */
	public static String defaultKind(String typeKey) {
		return switch (typeKey) {
			case "private-customers" -> "private";
			case "leads" -> "lead";
			case "suppliers" -> "supplier";
			default -> "customer";
		};
	}

	/** The largest numeric customer number planned so far (0 when none). */
	public long maxCustomerNumberSeen() {
		return this.maxCustomerNumberSeen;
	}

	/**
	 * Plans one chunk of rows, in file order.
	 * @param chunk the validated rows
	 * @return the rows' outcomes and the records to write
	 */
	@Override
	public java.util.OptionalLong nextCustomerNumber() {
		return java.util.OptionalLong.of(this.nextCustomerNumber);
	}

	@Override
	public void customerNumbersFrom(long next) {
		this.nextCustomerNumber = Math.max(this.nextCustomerNumber, next);
	}

	/**
	 * Creating only: what earlier chunks created is known by its keys here (look-ups skip
	 * this import's own records), so a chunk's plan does not depend on them being stored.
	 * Updating compares with stored values the previous chunk may be changing.
	 */
	@Override
	public boolean plansAhead() {
		return !this.options.updates();
	}

	@Override
	public ChunkPlan plan(List<PlanInput> chunk) {
		resolveStored(chunk);
		Chunk out = new Chunk();
		List<RowOutcome> outcomes = new ArrayList<>(chunk.size());
		for (PlanInput input : chunk) {
			outcomes.add(planRow(input, out));
		}
		for (Group group : this.groupsPending.values()) {
			group.pending = null;
		}
		this.groupsPending.clear();
		this.chunkKeys.clear();
		this.updating.endChunk();
		this.groups.endChunk();
		List<NewRecord> inserts = new ArrayList<>(out.companies.size() + out.contacts.size());
		inserts.addAll(out.companies);
		inserts.addAll(out.contacts);
		List<RecordUpdate> updates = new ArrayList<>(out.companyUpdates.size() + out.contactUpdates.size());
		updates.addAll(out.companyUpdates);
		updates.addAll(out.contactUpdates);
		return new ChunkPlan(outcomes, inserts, out.fills, out.counter.counts(), updates);
	}

	/**
	 * Plans a chunk that an interrupted run of this import already wrote, to rebuild what
	 * the planner knows (the file's companies, their ids and first values) before the run
	 * goes on after it. Companies the import created are found by key among its own
	 * records instead of being created again. The returned plan must not be written.
	 * @param chunk the validated rows, exactly as the interrupted run planned them
	 * @return the plan, for inspection only
	 */
	@Override
	public ChunkPlan replay(List<PlanInput> chunk) {
		this.replaying = true;
		try {
			return plan(chunk);
		}
		finally {
			this.replaying = false;
			this.own = Map.of();
		}
	}

	/** Deletes the spill file of the file's companies, if there is one. */
	@Override
	public void close() {
		this.groups.close();
	}

	@Override
	public long spilled() {
		return this.groups.spilled();
	}

	private List<CompanyKey> keysOf(PlanInput input) {
		return this.chunkKeys.computeIfAbsent(input, (row) -> CompanyGroups.keysOf(row.result().values()));
	}

	private void resolveStored(List<PlanInput> chunk) {
		Set<CompanyKey> unknown = new LinkedHashSet<>();
		for (PlanInput input : chunk) {
			if (input.result().valid()) {
				for (CompanyKey key : keysOf(input)) {
					if (this.groups.find(key).isEmpty()) {
						unknown.add(key);
					}
				}
			}
		}
		this.stored = unknown.isEmpty() ? Map.of() : this.directory.findCompanies(unknown);
		this.own = (this.replaying && !unknown.isEmpty()) ? this.directory.findOwnCompanies(unknown) : Map.of();
		if (this.options.updates()) {
			this.updating.load(this.directory, touchedCompanies(chunk, false, true), !this.contactFields.isEmpty());
			return;
		}
		// Contacts other imports stored on this chunk's companies, read afresh for every
		// chunk: a concurrent import of the same companies may have added some since.
		this.storedContacts.clear();
		if (!this.contactFields.isEmpty()) {
			Set<Long> companies = touchedCompanies(chunk, true, false);
			if (!companies.isEmpty()) {
				this.storedContacts.addAll(this.directory.findContacts(companies));
			}
		}
	}

	/**
	 * The companies this chunk's rows belong to that are stored: matched stored ones
	 * (with {@code matchKeysOnly}, only by the keys the options match on) and, with
	 * {@code withOwn} and real ids, those this import created.
	 */
	private Set<Long> touchedCompanies(List<PlanInput> chunk, boolean withOwn, boolean matchKeysOnly) {
		Set<Long> ids = new LinkedHashSet<>();
		for (PlanInput input : chunk) {
			if (!input.result().valid()) {
				continue;
			}
			for (CompanyKey key : keysOf(input)) {
				Optional<Group> group = this.groups.find(key);
				if (group.isPresent()) {
					if (group.get().existing || (withOwn && this.ids.real())) {
						ids.add(group.get().id);
					}
				}
				else if ((!matchKeysOnly || this.options.matchesBy(key.kind())) && this.stored.containsKey(key)) {
					ids.add(this.stored.get(key));
				}
			}
		}
		return ids;
	}

	private RowOutcome planRow(PlanInput input, Chunk out) {
		Counter counter = out.counter;
		RowResult result = input.result();
		long line = result.line();
		if (!result.valid()) {
			return outcome(input, RowStatus.INVALID, result.values(), result.errors(), result.warnings());
		}
		// The validator's map, read-only: the row's outcome keeps it. A copy is made only
		// for a row whose company gets a customer number here (copying every row's map
		// cost a gigabyte of allocation per million rows).
		Map<String, Object> values = result.values();
		List<Violation> warnings = new ArrayList<>(result.warnings());
		List<CompanyKey> keys = keysOf(input);
		Group group;
		try {
			group = groupOf(line, keys, values);
		}
		catch (KeyConflict conflict) {
			Violation error = new Violation(line, -1, conflict.field, conflict.value, conflict.getMessage());
			return outcome(input, RowStatus.INVALID, values, List.of(error), warnings);
		}
		RowStatus status;
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		if (group.existing && this.options.updates()) {
			status = group.counted
					? this.updating.laterRow(group, line, values, warnings, counter, out.companyUpdates, changes)
					: this.updating.firstRow(group, line, values, counter, out.companyUpdates, changes);
		}
		else if (!group.existing && !this.options.creates()) {
			status = RowStatus.SKIP;
			if (!group.counted) {
				group.counted = true;
				counter.add(COMPANIES, new EntityCounts(0, 0, 0, 1));
			}
			if (!contactOf(values).isEmpty()) {
				counter.add(CONTACTS, new EntityCounts(0, 0, 0, 1));
			}
			return outcome(input, status, values, List.of(), warnings);
		}
		else if (group.existing) {
			status = RowStatus.SKIP;
			if (!group.counted) {
				group.counted = true;
				counter.add(COMPANIES, new EntityCounts(0, 0, 0, 1));
			}
		}
		else {
			status = RowStatus.CREATE;
			if (!group.counted && group.createdEarlier) {
				// replaying: counted as the interrupted run counted it (the preview
				// recorded on resuming adds these up), its first values remembered for
				// later rows, nothing inserted
				group.counted = true;
				mergeCompany(group, line, values, warnings, out.fills);
				counter.add(COMPANIES, new EntityCounts(1, 0, 0, 0));
			}
			else if (!group.counted) {
				group.counted = true;
				NewRecord company = newCompany(group, line, values);
				if (values.get("CompanyId") == null) {
					RowValues numbered = RowValues.copyOf(values, 1);
					numbered.put("CompanyId", company.values().get("CompanyId"));
					// handed over as it is: the outcome keeps it without another copy
					values = numbered.handOver();
				}
				group.pending = company;
				this.groupsPending.put(group.id, group);
				out.companies.add(company);
				counter.add(COMPANIES, new EntityCounts(1, 0, 0, 0));
			}
			else {
				mergeCompany(group, line, values, warnings, out.fills);
			}
		}
		planContact(group, line, values, out, changes, warnings);
		// no record holds the map (they copy what they take), nothing changes it
		return new RowOutcome(line, status, values, List.of(), warnings, input.raw(), changes);
	}

	private Group groupOf(long line, List<CompanyKey> keys, Map<String, Object> values) {
		Group group = null;
		for (CompanyKey key : keys) {
			Optional<Group> found = this.groups.find(key);
			if (found.isPresent()) {
				if (group != null && group != found.get()) {
					throw KeyConflict.inFile(key, group, found.get());
				}
				group = found.get();
			}
		}
		if (group == null) {
			Optional<Long> created = keys.stream().map(this.own::get).filter(Objects::nonNull).findFirst();
			if (created.isPresent()) {
				group = new Group(created.get(), false, line, this.fieldHashes.fresh());
				group.createdEarlier = true;
				this.groups.register(keys, group);
				return group;
			}
			Set<Long> matches = new LinkedHashSet<>();
			for (CompanyKey key : keys) {
				Long id = this.stored.get(key);
				if (id != null && this.options.matchesBy(key.kind())) {
					matches.add(id);
				}
			}
			if (matches.size() > 1) {
				throw KeyConflict.stored(keys, matches);
			}
			boolean existing = matches.size() == 1;
			if (existing ? this.options.updates() : this.options.creates()) {
				// A key not used for matching must not belong to another stored company:
				// writing it would break the key's uniqueness.
				for (CompanyKey key : keys) {
					Long id = this.stored.get(key);
					if (id != null && !matches.contains(id) && key.kind() != CompanyKey.Kind.NAME_POSTCODE) {
						throw KeyConflict.notMatched(key, id);
					}
				}
			}
			if (existing) {
				group = new Group(matches.iterator().next(), true, line,
						this.options.updates() ? this.fieldHashes.fresh() : FieldHashes.NONE);
			}
			else {
				group = new Group(this.ids.nextCompanyId(), false, line, this.fieldHashes.fresh());
			}
		}
		this.groups.register(keys, group);
		return group;
	}

	private NewRecord newCompany(Group group, long line, Map<String, Object> rowValues) {
		// a company has a dozen or two values (grows past that)
		Map<String, Object> values = new RowValues(16);
		for (int i = 0; i < this.companyFields.size(); i++) {
			FieldDef field = this.companyFields.get(i);
			Object value = rowValues.get(field.key());
			if (value != null) {
				values.put(field.key(), value);
				group.hashes = this.fieldHashes.put(group.hashes, i, hash(value));
				copyE164(field, rowValues, values);
			}
		}
		Object owner = rowValues.get("employeeId");
		if (owner != null) {
			values.put("employeeId", owner);
		}
		values.putIfAbsent("CompanyKind", this.defaultKind);
		Object customerNumber = values.get("CompanyId");
		if (customerNumber == null) {
			customerNumber = Long.toString(this.nextCustomerNumber++);
			values.put("CompanyId", customerNumber);
		}
		noteCustomerNumber((String) customerNumber);
		return new NewRecord(COMPANIES, group.id, Optional.empty(), line, values);
	}

	private void noteCustomerNumber(String customerNumber) {
		if (!customerNumber.isEmpty() && customerNumber.length() < 19
				&& customerNumber.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			this.maxCustomerNumberSeen = Math.max(this.maxCustomerNumberSeen, Long.parseLong(customerNumber));
		}
	}

	/**
	 * Natural keys matched canonically already; their spelling may differ without a
	 * warning.
	 */
	private void mergeCompany(Group group, long line, Map<String, Object> rowValues, List<Violation> warnings,
			Map<Long, Map<String, Object>> fills) {
		for (int i = 0; i < this.companyFields.size(); i++) {
			FieldDef field = this.companyFields.get(i);
			Object value = rowValues.get(field.key());
			if (value == null) {
				continue;
			}
			int hash = hash(value);
			int first = this.fieldHashes.get(group.hashes, i);
			if (first == 0) {
				group.hashes = this.fieldHashes.put(group.hashes, i, hash);
				Map<String, Object> target = (group.pending != null) ? group.pending.values()
						: fills.computeIfAbsent(group.id, (id) -> new HashMap<>());
				target.put(field.key(), value);
				copyE164(field, rowValues, target);
			}
			else if (first != hash && !field.naturalKey()) {
				warnings.add(new Violation(line, -1, field.key(), String.valueOf(value), field.label()
						+ " differs from line " + group.firstLine + " of the same company; the first value is kept"));
			}
		}
	}

	private Map<String, Object> contactOf(Map<String, Object> values) {
		// a contact has a handful of values (grows past that)
		Map<String, Object> contact = new RowValues(8);
		for (FieldDef field : this.contactFields) {
			Object value = values.get(field.key());
			if (value != null) {
				contact.put(field.key(), value);
				copyE164(field, values, contact);
			}
		}
		splitFullName(contact);
		return contact;
	}

	private void planContact(Group group, long line, Map<String, Object> values, Chunk out,
			Map<String, FieldChange> changes, List<Violation> warnings) {
		Counter counter = out.counter;
		Map<String, Object> contact = contactOf(values);
		if (contact.isEmpty()) {
			return;
		}
		if (group.existing && this.options.updates()) {
			if (this.updating.contact(group, line, contact, counter, out.contactUpdates, changes, warnings)) {
				return;
			}
			if (!this.options.creates()) {
				counter.add(CONTACTS, new EntityCounts(0, 0, 0, 1));
				return;
			}
		}
		else if ((group.existing || this.ids.real()) && !this.storedContacts.isEmpty()) {
			// (an identity is a few lower-cased texts per contact: only made when there
			// is
			// something to compare it with)
			Optional<ContactIdentity> identity = ContactIdentity.of(group.id, email(contact),
					(String) contact.get("ContactFirstName"), (String) contact.get("ContactLastName"));
			if (identity.isPresent() && this.storedContacts.contains(identity.get())) {
				counter.add(CONTACTS, new EntityCounts(0, 0, 0, 1));
				return;
			}
		}
		out.contacts.add(new NewRecord(CONTACTS, this.ids.nextContactId(), Optional.of(group.id), line, contact));
		counter.add(CONTACTS, new EntityCounts(1, 0, 0, 0));
	}

	static String email(Map<String, Object> contact) {
		Object email = contact.get("ContactRoleEmail");
		return (String) ((email != null) ? email : contact.get("ContactEmail"));
	}

	/**
	 * ContactName fills first and last name when neither is given: the last word is the
	 * surname.
	 */
	static void splitFullName(Map<String, Object> contact) {
		Object full = contact.remove("ContactName");
		if (!(full instanceof String name) || contact.containsKey("ContactFirstName")
				|| contact.containsKey("ContactLastName")) {
			return;
		}
		String trimmed = name.strip();
		int space = trimmed.lastIndexOf(' ');
		if (space < 0) {
			contact.put("ContactLastName", trimmed);
		}
		else {
			contact.put("ContactFirstName", trimmed.substring(0, space).strip());
			contact.put("ContactLastName", trimmed.substring(space + 1));
		}
	}

	private static void copyE164(FieldDef field, Map<String, Object> from, Map<String, Object> to) {
		String key = field.e164Key();
		Object e164 = from.get(key);
		if (e164 != null) {
			to.put(key, e164);
		}
	}

	static int hash(Object value) {
		return value.hashCode() | 1;
	}

	private static RowOutcome outcome(PlanInput input, RowStatus status, Map<String, Object> values,
			List<Violation> errors, List<Violation> warnings) {
		return new RowOutcome(input.result().line(), status, values, errors, warnings, input.raw());
	}

	/** What one chunk's rows add up to. */
	private static final class Chunk {

		final Counter counter = new Counter();

		final List<NewRecord> companies = new ArrayList<>();

		final List<NewRecord> contacts = new ArrayList<>();

		final Map<Long, Map<String, Object>> fills = new HashMap<>();

		final List<RecordUpdate> companyUpdates = new ArrayList<>();

		final List<RecordUpdate> contactUpdates = new ArrayList<>();

	}

	/** Adds up counts per entity for one chunk. */
	static final class Counter {

		private final Map<String, EntityCounts> counts = new LinkedHashMap<>();

		void add(String entity, EntityCounts delta) {
			this.counts.merge(entity, delta, EntityCounts::plus);
		}

		Map<String, EntityCounts> counts() {
			return this.counts;
		}

	}

	/** A row whose natural keys point at two different companies. */
	private static final class KeyConflict extends RuntimeException {

		final String field;

		final String value;

		private KeyConflict(String field, String value, String message) {
			super(message, null, false, false);
			this.field = field;
			this.value = value;
		}

		static KeyConflict inFile(CompanyKey key, Group first, Group second) {
			long other = (first.firstLine == second.firstLine) ? second.firstLine
					: Math.max(first.firstLine, second.firstLine);
			String field = fieldOf(key);
			return new KeyConflict(field, key.value(),
					"The customer number and the organisation number of this row "
							+ "belong to two different companies of this file (lines "
							+ Math.min(first.firstLine, second.firstLine) + " and " + other + "); correct one of them");
		}

		static KeyConflict stored(List<CompanyKey> keys, Set<Long> ids) {
			String described = keys.stream()
				.map((k) -> fieldOf(k) + " " + k.value())
				.collect(Collectors.joining(" and "));
			return new KeyConflict(fieldOf(keys.get(0)), keys.get(0).value(),
					described + " match two different stored companies (ids "
							+ ids.stream().map(String::valueOf).collect(Collectors.joining(" and "))
							+ "); correct the row or the stored companies");
		}

		static KeyConflict notMatched(CompanyKey key, long storedId) {
			String field = fieldOf(key);
			return new KeyConflict(field, key.value(),
					field + " " + key.value() + " belongs to the stored company " + storedId
							+ ", which this row does not match by its matchOn keys; correct the row or match on "
							+ field);
		}

		private static String fieldOf(CompanyKey key) {
			return switch (key.kind()) {
				case CUSTOMER_NO -> "CompanyId";
				case GOV_NO -> "CompanyGovNo";
				case NAME_POSTCODE -> "CompanyName";
			};
		}

	}

}
