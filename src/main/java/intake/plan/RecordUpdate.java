package intake.plan;

import java.util.Map;
import java.util.Objects;

/**
 * An update of a stored record. The writer compares {@code values} with the record as it
 * is stored when it writes (locked, in the writing transaction) and writes and journals
 * only what differs, so a record edited since planning is diffed again.
 *
 * @param entity the records entity, e.g. {@code companies}
 * @param id the record id
 * @param line the file line the values come from
 * @param plannedVersion the version the plan was made against
 * @param values field key (and {@code <Key>E164}) to the value the record should hold,
 * null to clear; mutable only while the planner fills it within one chunk
 */
public record RecordUpdate(String entity, long id, long line, long plannedVersion, Map<String, Object> values) {

	public RecordUpdate {
		Objects.requireNonNull(entity, "entity");
		Objects.requireNonNull(values, "values");
	}

}
