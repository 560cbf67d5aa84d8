package intake.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The companies and contacts a tenant already has; the planner's only view of stored
 * data. Implementations answer for one tenant and ignore records created by the running
 * import.
 */
public interface CompanyDirectory {

	/**
	 * Finds stored companies by natural key.
	 * @param keys the keys to look up
	 * @return for each key that matches, the company's record id
	 */
	Map<CompanyKey, Long> findCompanies(Collection<CompanyKey> keys);

	/**
	 * The identities ({@link ContactIdentity#of}) of the contacts stored on these
	 * companies.
	 * @param companyIds record ids of stored companies
	 * @return the identities, each prefixed by its company id
	 */
	Set<ContactIdentity> findContacts(Collection<Long> companyIds);

	/**
	 * The stored values and versions of companies, for updates.
	 * @param companyIds record ids of stored companies
	 * @return the companies found, by id
	 */
	Map<Long, StoredRecord> loadCompanies(Collection<Long> companyIds);

	/**
	 * The contacts stored on these companies with their values, for updates.
	 * @param companyIds record ids of stored companies
	 * @return the contacts, each with its company as parent
	 */
	List<StoredRecord> loadContacts(Collection<Long> companyIds);

	/**
	 * Finds, by natural key, companies the running import itself created (before it was
	 * interrupted), for resuming it.
	 * @param keys the keys to look up
	 * @return for each key that matches, the company's record id
	 */
	default Map<CompanyKey, Long> findOwnCompanies(Collection<CompanyKey> keys) {
		return Map.of();
	}

}
