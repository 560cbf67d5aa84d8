package intake.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import intake.plan.CompanyGroups.Group;
import intake.schema.FieldDef;
import intake.validate.Violation;

/**
 * The update side of planning ({@code UPDATE} and {@code UPSERT}): diffs rows against the
 * stored companies and contacts they match. Stored values are loaded per chunk for the
 * companies the chunk touches and dropped after it, so memory stays proportional to a
 * chunk, not to the stored data. Not thread-safe.
 */
final class StoredUpdates {

	private final PlanOptions options;

	private final PlanOptions contactOptions;

	private final List<FieldDef> companyFields;

	private final List<FieldDef> contactFields;

	private final FieldHashes fieldHashes;

	private final Set<Long> contactsPlanned = new HashSet<>();

	private final List<Group> pending = new ArrayList<>();

	private Map<Long, StoredRecord> companies = Map.of();

	private Map<ContactIdentity, StoredRecord> contacts = Map.of();

	StoredUpdates(PlanOptions options, List<FieldDef> companyFields, List<FieldDef> contactFields,
			FieldHashes fieldHashes) {
		this.options = options;
		this.fieldHashes = fieldHashes;
		this.companyFields = companyFields;
		this.contactFields = contactFields.stream().filter((f) -> !f.key().equals("ContactName")).toList();
		Set<String> mapped = new HashSet<>(options.mappedFields());
		if (mapped.contains("ContactName")) {
			// A full name is split into first and last name.
			mapped.add("ContactFirstName");
			mapped.add("ContactLastName");
		}
		this.contactOptions = new PlanOptions(options.mode(), options.matchOn(), options.emptyCells(), mapped);
	}

	/** Loads the stored values of the companies a chunk touches, and their contacts. */
	void load(CompanyDirectory directory, Set<Long> companyIds, boolean withContacts) {
		this.companies = companyIds.isEmpty() ? Map.of() : directory.loadCompanies(companyIds);
		Map<ContactIdentity, StoredRecord> byIdentity = new HashMap<>();
		if (withContacts && !companyIds.isEmpty()) {
			for (StoredRecord contact : directory.loadContacts(companyIds)) {
				long company = contact.parentId().orElseThrow();
				String first = (String) contact.values().get("ContactFirstName");
				String last = (String) contact.values().get("ContactLastName");
				ContactIdentity.of(company, CompanyPlanner.email(contact.values()), first, last)
					.ifPresent((id) -> byIdentity.putIfAbsent(id, contact));
				// A stored contact is also known by name when it has an e-mail.
				ContactIdentity.of(company, null, first, last).ifPresent((id) -> byIdentity.putIfAbsent(id, contact));
			}
		}
		this.contacts = byIdentity;
	}

	/** Forgets the chunk's stored values and pending updates. */
	void endChunk() {
		for (Group group : this.pending) {
			group.pendingUpdate = null;
		}
		this.pending.clear();
		this.companies = Map.of();
		this.contacts = Map.of();
	}

	/** Plans the first row of a stored company: its status decides the company's. */
	RowStatus firstRow(Group group, long line, Map<String, Object> values, CompanyPlanner.Counter counter,
			List<RecordUpdate> updates, Map<String, FieldChange> changes) {
		group.counted = true;
		StoredRecord stored = storedCompany(group);
		for (int i = 0; i < this.companyFields.size(); i++) {
			Object value = values.get(this.companyFields.get(i).key());
			if (value != null) {
				group.hashes = this.fieldHashes.put(group.hashes, i, CompanyPlanner.hash(value));
			}
		}
		Map<String, Object> target = RecordDiff.target(this.companyFields, values, this.options);
		Map<String, FieldChange> diff = RecordDiff.changes(target, stored.values());
		if (diff.isEmpty()) {
			group.status = RowStatus.UNCHANGED;
			counter.add(CompanyPlanner.COMPANIES, new EntityCounts(0, 0, 1, 0));
		}
		else {
			group.status = RowStatus.UPDATE;
			counter.add(CompanyPlanner.COMPANIES, new EntityCounts(0, 1, 0, 0));
			startUpdate(group, line, stored, target, updates);
			changes.putAll(diff);
		}
		return group.status;
	}

	/**
	 * Plans a later row of a stored company: it contributes the fields no earlier row had
	 * a value for (first non-empty value wins); a conflicting value is a warning.
	 */
	RowStatus laterRow(Group group, long line, Map<String, Object> values, List<Violation> warnings,
			CompanyPlanner.Counter counter, List<RecordUpdate> updates, Map<String, FieldChange> changes) {
		StoredRecord stored = storedCompany(group);
		for (int i = 0; i < this.companyFields.size(); i++) {
			FieldDef field = this.companyFields.get(i);
			Object value = values.get(field.key());
			if (value == null) {
				continue;
			}
			int hash = CompanyPlanner.hash(value);
			int first = this.fieldHashes.get(group.hashes, i);
			if (first == 0) {
				group.hashes = this.fieldHashes.put(group.hashes, i, hash);
				Map<String, Object> one = new LinkedHashMap<>();
				RecordDiff.put(one, field, value, values.get(field.e164Key()));
				Map<String, FieldChange> diff = RecordDiff.changes(one, stored.values());
				if (group.pendingUpdate != null) {
					group.pendingUpdate.values().putAll(one);
				}
				else if (!diff.isEmpty()) {
					startUpdate(group, line, stored, one, updates);
				}
				changes.putAll(diff);
			}
			else if (first != hash && !field.naturalKey()) {
				warnings.add(new Violation(line, -1, field.key(), String.valueOf(value), field.label()
						+ " differs from line " + group.firstLine + " of the same company; the first value is kept"));
			}
		}
		if (!changes.isEmpty() && group.status == RowStatus.UNCHANGED) {
			group.status = RowStatus.UPDATE;
			counter.add(CompanyPlanner.COMPANIES, new EntityCounts(0, 1, -1, 0));
		}
		return group.status;
	}

	/**
	 * Plans a row's contact against the contacts stored on its company.
	 * @return false when no stored contact matches
	 */
	boolean contact(Group group, long line, Map<String, Object> contact, CompanyPlanner.Counter counter,
			List<RecordUpdate> updates, Map<String, FieldChange> changes, List<Violation> warnings) {
		Optional<StoredRecord> match = ContactIdentity
			.of(group.id, CompanyPlanner.email(contact), (String) contact.get("ContactFirstName"),
					(String) contact.get("ContactLastName"))
			.map(this.contacts::get);
		if (match.isEmpty()) {
			return false;
		}
		StoredRecord stored = match.get();
		if (!this.contactsPlanned.add(stored.id())) {
			counter.add(CompanyPlanner.CONTACTS, new EntityCounts(0, 0, 0, 1));
			warnings.add(new Violation(line, -1, "", "",
					"This contact was updated from an earlier line of the file; this row's contact values are not applied"));
			return true;
		}
		Map<String, Object> target = RecordDiff.target(this.contactFields, contact, this.contactOptions);
		Map<String, FieldChange> diff = RecordDiff.changes(target, stored.values());
		if (diff.isEmpty()) {
			counter.add(CompanyPlanner.CONTACTS, new EntityCounts(0, 0, 1, 0));
		}
		else {
			counter.add(CompanyPlanner.CONTACTS, new EntityCounts(0, 1, 0, 0));
			updates.add(new RecordUpdate(CompanyPlanner.CONTACTS, stored.id(), line, stored.version(), target));
			changes.putAll(diff);
		}
		return true;
	}

	private void startUpdate(Group group, long line, StoredRecord stored, Map<String, Object> target,
			List<RecordUpdate> updates) {
		RecordUpdate update = new RecordUpdate(CompanyPlanner.COMPANIES, group.id, line, stored.version(),
				new LinkedHashMap<>(target));
		updates.add(update);
		group.pendingUpdate = update;
		this.pending.add(group);
	}

	private StoredRecord storedCompany(Group group) {
		StoredRecord stored = this.companies.get(group.id);
		// Deleted since it was matched: the writer finds nothing to update.
		return (stored != null) ? stored : new StoredRecord(group.id, Optional.empty(), 0, Map.of());
	}

}
