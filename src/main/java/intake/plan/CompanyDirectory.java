package intake.plan;

import java.util.Collection;
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

}
