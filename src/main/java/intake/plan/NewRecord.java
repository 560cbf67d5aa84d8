package intake.plan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A record to insert.
 *
 * @param entity the records entity, e.g. {@code companies}
 * @param id the record id, allocated before writing
 * @param parentId the parent record's id (a contact's company), if any
 * @param line the file line the record comes from
 * @param values field key to converted value (and {@code <Key>E164} copies); mutable only
 * while the planner fills it within one chunk
 */
public record NewRecord(String entity, long id, Optional<Long> parentId, long line, Map<String, Object> values) {

	public NewRecord {
		Objects.requireNonNull(entity, "entity");
		Objects.requireNonNull(parentId, "parentId");
		Objects.requireNonNull(values, "values");
	}

}
