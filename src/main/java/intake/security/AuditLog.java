package intake.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail ({@code audit_event}): who did what, when and from which address, per
 * tenant. {@link #record} is for request threads: it takes the signed-in user from the
 * security context and the address from the request ({@code getRemoteAddr()}, which is
 * the proxy's address unless {@code server.forward-headers-strategy} is configured).
 * Details hold ids, types, roles and field names — never row values, names, passwords or
 * tokens. Thread-safe.
 */
@Component
public class AuditLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final CurrentUser user;

	AuditLog(JdbcClient jdbc, CurrentUser user) {
		this.jdbc = jdbc;
		this.user = user;
	}

	/**
	 * Records an action of the signed-in caller of the current request.
	 * @param action what happened
	 * @param target what it concerned
	 * @param details further facts, no personal data; may be empty
	 * @throws IllegalStateException outside an authenticated request
	 */
	public void record(AuditAction action, Target target, Map<String, ?> details) {
		IntakePrincipal caller = this.user.principal();
		write(caller.tenantId(), Optional.of(caller.userId()), caller.username(), action, target, remoteAddress(),
				details);
	}

	/** Records an action of a user who is not (yet) the caller, e.g. at sign-in. */
	void write(long tenantId, Optional<Long> userId, String username, AuditAction action, Target target,
			Optional<String> address, Map<String, ?> details) {
		Map<String, String> text = new TreeMap<>();
		details.forEach((key, value) -> text.put(key, String.valueOf(value)));
		long id = this.jdbc.sql("SELECT NEXTVAL('audit_event_seq')").query(Long.class).single();
		this.jdbc.sql("""
				INSERT INTO audit_event (id, tenant_id, user_id, username, action, job_id, entity, record_id,
				                         address, at, details)
				VALUES (:id, :tenant, :user, :username, :action, :job, :entity, :record, :address, :at, :details)
				""")
			.param("id", id)
			.param("tenant", tenantId)
			.param("user", userId.orElse(null))
			.param("username", username)
			.param("action", action.name())
			.param("job", target.jobId().orElse(null))
			.param("entity", target.entity().orElse(null))
			.param("record", target.recordId().orElse(null))
			.param("address", address.map((a) -> (a.length() > 100) ? a.substring(0, 100) : a).orElse(null))
			.param("at", UserAccounts.now())
			.param("details", text.isEmpty() ? null : JSON.writeValueAsString(text))
			.update();
	}

	/**
	 * One page of the tenant's events, newest first.
	 * @param tenantId the tenant
	 * @param filter which events
	 * @param limit at most this many, 1 to 1000
	 * @param offset skipping this many, 0 or more
	 * @return the page and the number of matching events
	 */
	public Page list(long tenantId, Filter filter, int limit, long offset) {
		if (limit < 1 || limit > 1000 || offset < 0) {
			throw new IllegalArgumentException("limit is 1 to 1000 and offset 0 or more");
		}
		String where = " WHERE tenant_id = :tenant" + (filter.action().isPresent() ? " AND action = :action" : "")
				+ (filter.jobId().isPresent() ? " AND job_id = :job" : "");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("tenant", tenantId);
		filter.action().ifPresent((action) -> params.put("action", action.name()));
		filter.jobId().ifPresent((job) -> params.put("job", job));
		long total = this.jdbc.sql("SELECT COUNT(*) FROM audit_event" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditEvent> items = this.jdbc
			.sql("SELECT * FROM audit_event" + where + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query(AuditLog::event)
			.list();
		return new Page(total, items);
	}

	static Optional<String> remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return Optional.ofNullable(request.getRemoteAddr());
		}
		return Optional.empty();
	}

	private static AuditEvent event(ResultSet rs, int row) throws SQLException {
		String details = rs.getString("details");
		long recordId = rs.getLong("record_id");
		Optional<Long> record = rs.wasNull() ? Optional.empty() : Optional.of(recordId);
		return new AuditEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
				Optional.ofNullable(rs.getString("username")), AuditAction.valueOf(rs.getString("action")),
				Optional.ofNullable(rs.getString("job_id")), Optional.ofNullable(rs.getString("entity")), record,
				Optional.ofNullable(rs.getString("address")),
				(details != null) ? JSON.readValue(details, DETAILS) : Map.of());
	}

	/**
	 * What an action concerned: an import, a record, both or nothing.
	 *
	 * @param jobId the import job
	 * @param entity the kind of record, e.g. {@code contacts}, {@code user},
	 * {@code token}
	 * @param recordId the record's id
	 */
	public record Target(Optional<String> jobId, Optional<String> entity, Optional<Long> recordId) {

		public Target {
			Objects.requireNonNull(jobId, "jobId");
			Objects.requireNonNull(entity, "entity");
			Objects.requireNonNull(recordId, "recordId");
		}

		public static Target none() {
			return new Target(Optional.empty(), Optional.empty(), Optional.empty());
		}

		public static Target job(String jobId) {
			return new Target(Optional.of(jobId), Optional.empty(), Optional.empty());
		}

		public static Target record(String entity, long recordId) {
			return new Target(Optional.empty(), Optional.of(entity), Optional.of(recordId));
		}

	}

	/**
	 * Which events to list; empty parts match every event.
	 *
	 * @param action only this action
	 * @param jobId only events of this import
	 */
	public record Filter(Optional<AuditAction> action, Optional<String> jobId) {

		public Filter {
			Objects.requireNonNull(action, "action");
			Objects.requireNonNull(jobId, "jobId");
		}

	}

	/**
	 * A page of events.
	 *
	 * @param total how many events match the filter
	 * @param items the events of the page, newest first
	 */
	public record Page(long total, List<AuditEvent> items) {

		public Page {
			items = List.copyOf(items);
		}

	}

}
