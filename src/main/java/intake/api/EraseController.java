package intake.api;

import java.util.Map;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import intake.job.JsonValues;
import intake.job.PersonalData;
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

	EraseController(PersonalData personalData, CurrentTenant tenant) {
		this.personalData = personalData;
		this.tenant = tenant;
	}

	@PostMapping("/api/v1/records/{entity}/{id}/erase")
	Map<String, Object> erase(@PathVariable String entity, @PathVariable String id) {
		return JsonValues.encode(this.personalData.erase(this.tenant.id(), entity, id));
	}

}
