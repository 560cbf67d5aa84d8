package intake.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.security.AuditAction;
import intake.security.AuditEvent;
import intake.security.AuditLog;
import intake.security.CurrentTenant;

/**
 * The tenant's audit trail, for administrators ({@code AccessRules}), newest first.
 */
@RestController
class AuditController {

	private final AuditLog audit;

	private final CurrentTenant tenant;

	AuditController(AuditLog audit, CurrentTenant tenant) {
		this.audit = audit;
		this.tenant = tenant;
	}

	@GetMapping("/api/v1/audit")
	Map<String, Object> list(@RequestParam(defaultValue = "50") int limit,
			@RequestParam(defaultValue = "0") long offset, @RequestParam(required = false) String action,
			@RequestParam(required = false) String jobId) {
		if (limit < 1 || limit > 1000 || offset < 0) {
			throw new ImportException(ErrorCode.VALIDATION, "'limit' is 1 to 1000 and 'offset' 0 or more.");
		}
		AuditLog.Page page = this.audit.list(this.tenant.id(),
				new AuditLog.Filter(action(action), Optional.ofNullable(jobId).filter((j) -> !j.isBlank())), limit,
				offset);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("total", page.total());
		body.put("items", page.items().stream().map(EventView::of).toList());
		return body;
	}

	private static Optional<AuditAction> action(String action) {
		if (action == null || action.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(AuditAction.valueOf(action.strip()));
		}
		catch (IllegalArgumentException ex) {
			throw new ImportException(ErrorCode.VALIDATION, "Unknown action.", List.of(new ImportException.Detail(null,
					"action", action, "One of " + Arrays.toString(AuditAction.values()))));
		}
	}

	/** An event in the API; absent parts are null. */
	record EventView(OffsetDateTime at, String username, String action, String jobId, String entity, String recordId,
			String address, Map<String, String> details) {

		static EventView of(AuditEvent event) {
			return new EventView(event.at(), event.username().orElse(null), event.action().name(),
					event.jobId().orElse(null), event.entity().orElse(null),
					event.recordId().map((id) -> Long.toString(id)).orElse(null), event.address().orElse(null),
					event.details());
		}

	}

}
