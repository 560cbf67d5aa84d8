package intake.api;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.JsonValues;
import intake.job.RecordEdits;
import intake.security.CurrentTenant;

/**
 * Creates, edits and deletes stored records by hand: {@code POST
 * /api/v1/records/{entity}} and {@code PATCH /api/v1/records/{entity}/{id}} with field
 * keys (and link keys such as {@code companyId}) to values in the API's JSON encoding,
 * answering the record as {@code GET} shows it; {@code DELETE
 * /api/v1/records/{entity}/{id}} answering 204, or 409 while other records reference it.
 */
@RestController
class RecordEditController {

	private final RecordEdits edits;

	private final CurrentTenant tenant;

	RecordEditController(RecordEdits edits, CurrentTenant tenant) {
		this.edits = edits;
		this.tenant = tenant;
	}

	@PostMapping("/api/v1/records/{entity}")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> create(@PathVariable String entity, @RequestBody(required = false) Map<String, Object> values) {
		if (values == null) {
			throw new ImportException(ErrorCode.BAD_REQUEST,
					"Send a JSON object of field keys and their values, e.g. {\"EmployeeFirstName\": \"Eva\"}.");
		}
		return JsonValues.encode(this.edits.create(this.tenant.id(), entity, values));
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

	@DeleteMapping("/api/v1/records/{entity}/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String entity, @PathVariable String id) {
		this.edits.delete(this.tenant.id(), entity, id);
	}

}
