package intake.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * A stored record that a reference value may mean.
 *
 * @param id the record id
 * @param parentId the record's parent (a contact's company), if any
 * @param description how a person recognises it in an error message, e.g.
 * {@code Acme AB (customer number 17, 556016-0680)}
 */
public record Candidate(long id, Optional<Long> parentId, String description) {

	public Candidate {
		Objects.requireNonNull(parentId, "parentId");
		Objects.requireNonNull(description, "description");
	}

}
