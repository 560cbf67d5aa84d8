package intake.mapping;

import java.util.List;
import java.util.Optional;

/**
 * Where a tenant's saved and learned mappings are kept (the port of step 1 of header
 * matching). Every call is scoped to one tenant; another tenant's mappings are never
 * seen. Implementations are thread-safe.
 */
public interface SavedMappings {

	/**
	 * The tenant's mappings of one import type, or of every type, most recently used
	 * first.
	 * @param tenantId the tenant
	 * @param type an import type key; empty for all types
	 */
	List<SavedMapping> list(long tenantId, Optional<String> type);

	/** One of the tenant's mappings. */
	Optional<SavedMapping> find(long tenantId, String id);

	/**
	 * Records the mapping a started import used: replaces the learned mapping of the same
	 * type and header set (or adds one), marks it used now and counts the use.
	 * @return the learned mapping as stored
	 */
	SavedMapping learn(long tenantId, String type, List<SavedMapping.Column> columns, Shaping shaping);

	/**
	 * Saves a mapping under a name; an existing mapping of the type with that name is
	 * replaced.
	 * @return the named mapping as stored
	 */
	SavedMapping save(long tenantId, String type, String name, List<SavedMapping.Column> columns, Shaping shaping);

	/** Marks a mapping used now and counts the use. */
	void markUsed(long tenantId, String id);

	/** Deletes one of the tenant's mappings; false when it has none with that id. */
	boolean delete(long tenantId, String id);

}
