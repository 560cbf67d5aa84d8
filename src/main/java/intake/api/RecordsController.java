package intake.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import intake.crm.CrmEntities;
import intake.crm.EntityTable;
import intake.crm.RecordQueries;
import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.JsonValues;
import intake.security.CurrentTenant;

/**
 * The CRM data itself: stored records per entity, paged and filtered.
 */
@RestController
@RequestMapping("/api/v1/records")
class RecordsController {

	private static final List<String> PAGING = List.of("limit", "offset", "sort");

	private final RecordQueries records;

	private final CurrentTenant tenant;

	RecordsController(RecordQueries records, CurrentTenant tenant) {
		this.records = records;
		this.tenant = tenant;
	}

	@GetMapping("/{entity}")
	Map<String, Object> list(@PathVariable String entity, @RequestParam Map<String, String> params) {
		EntityTable table = table(entity);
		int limit = number(params.getOrDefault("limit", "50"), "limit");
		long offset = number(params.getOrDefault("offset", "0"), "offset");
		if (limit < 1 || limit > 1000 || offset < 0) {
			throw new ImportException(ErrorCode.BAD_REQUEST, "limit is 1 to 1000 and offset 0 or more.");
		}
		Map<String, String> filters = new LinkedHashMap<>(params);
		PAGING.forEach(filters::remove);
		RecordQueries.Page page;
		try {
			page = this.records.find(this.tenant.id(), table, filters, params.getOrDefault("sort", "id"), limit,
					offset);
		}
		catch (IllegalArgumentException ex) {
			throw new ImportException(ErrorCode.UNKNOWN_FIELD, ex.getMessage());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("total", page.total());
		body.put("items", page.items().stream().map(JsonValues::encode).toList());
		return body;
	}

	@GetMapping("/{entity}/{id}")
	Map<String, Object> get(@PathVariable String entity, @PathVariable String id) {
		EntityTable table = table(entity);
		long recordId;
		try {
			recordId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw notFound(entity, id);
		}
		return this.records.findById(this.tenant.id(), table, recordId)
			.map(JsonValues::encode)
			.orElseThrow(() -> notFound(entity, id));
	}

	private static ImportException notFound(String entity, String id) {
		return new ImportException(ErrorCode.NOT_FOUND, "There is no " + entity + " record " + id + ".");
	}

	private static EntityTable table(String entity) {
		return CrmEntities.find(entity)
			.orElseThrow(() -> new ImportException(ErrorCode.NOT_FOUND, "There is no entity '" + entity + "'."));
	}

	private static int number(String value, String name) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new ImportException(ErrorCode.BAD_REQUEST, name + " must be a whole number, not '" + value + "'.");
		}
	}

}
