package intake.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's stored companies and contacts for planner tests, held in maps: companies
 * found by their natural keys, contacts by company.
 */
final class StoredCompanies implements CompanyDirectory {

	final Map<CompanyKey, Long> keys = new HashMap<>();

	final Map<Long, StoredRecord> companies = new HashMap<>();

	final List<StoredRecord> contacts = new ArrayList<>();

	/** Whether {@link #findContacts} reports the stored contacts (else none). */
	private final boolean contactIdentities;

	StoredCompanies(boolean contactIdentities) {
		this.contactIdentities = contactIdentities;
	}

	/** Stores a company found by its customer and organisation number. */
	void add(StoredRecord company, String customerNo, String govNo) {
		add(company, List.of(new CompanyKey(CompanyKey.Kind.CUSTOMER_NO, customerNo),
				new CompanyKey(CompanyKey.Kind.GOV_NO, govNo)));
	}

	/** Stores a company found by the natural keys of its values. */
	void add(StoredRecord company) {
		add(company, CompanyGroups.keysOf(company.values()));
	}

	private void add(StoredRecord company, List<CompanyKey> companyKeys) {
		this.companies.put(company.id(), company);
		companyKeys.forEach((key) -> this.keys.put(key, company.id()));
	}

	@Override
	public Map<CompanyKey, Long> findCompanies(Collection<CompanyKey> keys) {
		Map<CompanyKey, Long> found = new HashMap<>();
		keys.stream().filter(this.keys::containsKey).forEach((k) -> found.put(k, this.keys.get(k)));
		return found;
	}

	@Override
	public Set<ContactIdentity> findContacts(Collection<Long> companyIds) {
		Set<ContactIdentity> found = new HashSet<>();
		if (this.contactIdentities) {
			for (StoredRecord contact : loadContacts(companyIds)) {
				ContactIdentity
					.of(contact.parentId().orElseThrow(), CompanyPlanner.email(contact.values()),
							(String) contact.values().get("ContactFirstName"),
							(String) contact.values().get("ContactLastName"))
					.ifPresent(found::add);
			}
		}
		return found;
	}

	@Override
	public Map<Long, StoredRecord> loadCompanies(Collection<Long> companyIds) {
		Map<Long, StoredRecord> found = new HashMap<>();
		companyIds.stream().filter(this.companies::containsKey).forEach((id) -> found.put(id, this.companies.get(id)));
		return found;
	}

	@Override
	public List<StoredRecord> loadContacts(Collection<Long> companyIds) {
		return this.contacts.stream().filter((c) -> companyIds.contains(c.parentId().orElseThrow())).toList();
	}

}
