package intake.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A record as stored, for matching and diffing.
 *
 * @param id the record id
 * @param parentId the parent's id (a contact's company), if any
 * @param version the record's version when read
 * @param values field key (and {@code <Key>E164}) to value, in the types the converters
 * produce; empty values are absent
 */
public record StoredRecord(long id, Optional<Long> parentId, long version, Map<String, Object> values) {

	public StoredRecord {
		Objects.requireNonNull(parentId, "parentId");
		Map<String, Object> present = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			if (value != null) {
				present.put(key, value);
			}
		});
		values = Collections.unmodifiableMap(present);
	}

}
