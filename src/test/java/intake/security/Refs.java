package intake.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ids a request of the isolation suite names: a tenant's fixtures as seen by one
 * caller, or ids that exist nowhere (to compare an answer about another tenant's id with
 * the answer about a made-up one).
 *
 * @param jobs import jobs: a finished one (with invalid rows) and one still in MAPPING
 * @param records a record id per entity, for every entity
 * @param mapping a named mapping
 * @param user a user of the tenant who calls nothing in the suite (so that changing or
 * removing them leaves every caller signed in)
 * @param token an API token the caller may manage (their own)
 * @param tag a text every fixture of the tenant carries in a name
 */
record Refs(List<String> jobs, Map<String, String> records, String mapping, String user, String token, String tag) {

	/** A made-up id for every kind of resource; no tenant has any of them. */
	static final String NOWHERE = "987654321";

	Refs {
		jobs = List.copyOf(jobs);
		records = Map.copyOf(records);
	}

	String job() {
		return this.jobs.get(0);
	}

	String record(String entity) {
		String id = this.records.get(entity);
		if (id == null) {
			throw new IllegalStateException("The fixtures have no " + entity + " record");
		}
		return id;
	}

	/** The same shape with ids that exist nowhere. */
	Refs madeUp() {
		return new Refs(this.jobs.stream().map((j) -> UUID.randomUUID().toString()).toList(),
				this.records.keySet().stream().collect(java.util.stream.Collectors.toMap((e) -> e, (e) -> NOWHERE)),
				NOWHERE, NOWHERE, NOWHERE, this.tag);
	}

	/** For a caller whose own token is {@code token}. */
	Refs withToken(String token) {
		return new Refs(this.jobs, this.records, this.mapping, this.user, token, this.tag);
	}

}
