package intake.security;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded action, as read back.
 *
 * @param id the event id
 * @param at when it happened
 * @param username who did it, as they were called then; empty when nobody was signed in
 * @param action what happened
 * @param jobId the import concerned, if any
 * @param entity the kind of record concerned ({@code contacts}, {@code user},
 * {@code token} …), if any
 * @param recordId the id of that record, if any
 * @param address the caller's remote address, if known
 * @param details further facts (ids, types, field names), never personal data
 */
public record AuditEvent(long id, OffsetDateTime at, Optional<String> username, AuditAction action,
		Optional<String> jobId, Optional<String> entity, Optional<Long> recordId, Optional<String> address,
		Map<String, String> details) {

	public AuditEvent {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(action, "action");
		details = Map.copyOf(details);
	}

}
