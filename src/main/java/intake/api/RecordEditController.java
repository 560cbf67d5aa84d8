package intake.api;

import java.util.Map;

import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.JsonValues;
import intake.job.RecordEdits;
import intake.security.CurrentTenant;

/**
 * Edits one stored record: {@code PATCH /api/v1/records/{entity}/{id}} with field keys
 * and values in the API's JSON encoding; answers the record as {@code GET} shows it.
 */
@RestController
class RecordEditController {

	private final RecordEdits edits;

	private final CurrentTenant tenant;

	RecordEditController(RecordEdits edits, CurrentTenant tenant) {
		this.edits = edits;
		this.tenant = tenant;
	}

	@PatchMapping("/api/v1/records/{entity}/{id}")
	Map<String, Object> patch(@PathVariable String entity, @PathVariable String id,
			@RequestBody(required = false) Map<String, Object> changes) {
		if (changes == null) {
			throw new ImportException(ErrorCode.BAD_REQUEST,
					"Send a JSON object of field keys and their new values, e.g. {\"CompanyPhone\": \"08-123 45 67\"}.");
		}
		return JsonValues.encode(this.edits.patch(this.tenant.id(), entity, id, changes));
	}

}
