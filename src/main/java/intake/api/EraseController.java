package intake.api;

import java.util.Map;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import intake.job.JsonValues;
import intake.job.PersonalData;
import intake.security.AuditAction;
import intake.security.AuditLog;
import intake.security.CurrentTenant;

/**
 * Erasure of personal data on request: {@code POST /api/v1/records/{entity}/{id}/erase}
 * for contacts and private customers, answering the record as {@code GET} shows it after
 * erasure; 422 {@code VALIDATION} for a record that holds no personal data.
 */
@RestController
class EraseController {

	private final PersonalData personalData;

	private final CurrentTenant tenant;

	private final AuditLog audit;

	EraseController(PersonalData personalData, CurrentTenant tenant, AuditLog audit) {
		this.personalData = personalData;
		this.tenant = tenant;
		this.audit = audit;
	}

	@PostMapping("/api/v1/records/{entity}/{id}/erase")
	Map<String, Object> erase(@PathVariable String entity, @PathVariable String id) {
		Map<String, Object> erased = JsonValues.encode(this.personalData.erase(this.tenant.id(), entity, id));
		this.audit.record(AuditAction.RECORD_ERASED, AuditLog.Target.record(entity, Long.parseLong(id)), Map.of());
		return erased;
	}

}
