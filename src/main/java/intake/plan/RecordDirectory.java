package intake.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The records a tenant already has, for resolving references and matching natural keys of
 * every entity but the company-file path ({@link CompanyDirectory}). Implementations
 * answer for one tenant.
 */
public interface RecordDirectory {

	/**
	 * The stored records each reference value may mean. How a value matches depends on
	 * the entity: companies by customer number, organisation number (canonical form) or
	 * exact name; contacts by contact number, e-mail (ignoring case) or "First Last";
	 * employees by employee number or "First Last" (ignoring case); products by product
	 * number, supplier's product number or EAN; product and company categories by name
	 * ignoring case; price lists by PriceListId; recurring invoices by RepeatingOrderId.
	 * @param entity the referenced entity, e.g. {@code companies}
	 * @param values the values as written (trimmed)
	 * @return for each value with at least one candidate, its candidates (distinct ids)
	 */
	Map<String, List<Candidate>> candidates(String entity, Collection<String> values);

	/**
	 * Stored records whose value of {@code key} equals one of {@code values}, with every
	 * field value and link id ({@code companyId}, {@code productId} … as {@link Long}).
	 * @param entity the entity, e.g. {@code products}
	 * @param key a field key (e.g. {@code ProductNo}) or a link key (e.g.
	 * {@code priceListId})
	 * @param values the values to match exactly (text as written, link ids as Long)
	 * @return the records found, each with its version
	 */
	List<StoredRecord> load(String entity, String key, Collection<?> values);

	/**
	 * Records the running import itself created (before it was interrupted) whose value
	 * of {@code key} is one of {@code values}, for resuming it.
	 * @param entity the entity, e.g. {@code recurring-invoices}
	 * @param key a field key, e.g. {@code RepeatingOrderId}
	 * @param values the values as written
	 * @return value to record id
	 */
	default Map<String, Long> findOwn(String entity, String key, Collection<String> values) {
		return Map.of();
	}

}
