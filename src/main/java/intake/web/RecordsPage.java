package intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import intake.crm.CrmEntities;
import intake.crm.EntityTable;
import intake.crm.RecordQueries;
import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.security.IntakePrincipal;

/**
 * The CRM data, read through the records API's facade: {@code /records} (every entity
 * with its number of records), {@code /records/{entity}?q=&page=&job=} (a searchable,
 * paged list, newest first; {@code job} keeps the records an import created, and a link
 * key such as {@code companyId} the records pointing at one record) and
 * {@code /records/{entity}/{id}} (every field, the records it links to, the import that
 * created it, its version and the records pointing at it).
 */
@Controller
class RecordsPage {

	static final int PAGE_SIZE = 25;

	private final RecordQueries queries;

	private final RecordViews views;

	RecordsPage(RecordQueries queries, RecordViews views) {
		this.queries = queries;
		this.views = views;
	}

	/**
	 * An entity and how many records the tenant has of it.
	 */
	record Entity(String entity, long count) {
	}

	@GetMapping("/records")
	String entities(@AuthenticationPrincipal IntakePrincipal user, Model model) {
		// One COUNT per entity on the tenant's index: cheap next to a page of records.
		List<Entity> entities = CrmEntities.all()
			.stream()
			.map((table) -> new Entity(table.entity(),
					this.queries.find(user.tenantId(), table, Map.of(), "id", 1, 0).total()))
			.toList();
		model.addAttribute("user", user);
		model.addAttribute("entities", entities);
		return "records/entities";
	}

	@GetMapping("/records/{entity}")
	String list(@AuthenticationPrincipal IntakePrincipal user, @PathVariable String entity,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page,
			@RequestParam(defaultValue = "") String job, @RequestParam Map<String, String> params, Locale locale,
			Model model) {
		EntityTable table = RecordViews.table(entity);
		Map<String, String> filters = new LinkedHashMap<>();
		if (!job.isBlank()) {
			filters.put("importJobId", job.strip());
		}
		table.links()
			.stream()
			.filter((link) -> params.containsKey(link.key()) && !params.get(link.key()).isBlank())
			.forEach((link) -> filters.put(link.key(), params.get(link.key()).strip()));
		int number = Pages.number(page);
		RecordQueries.Page found;
		try {
			found = this.queries.search(user.tenantId(), table, filters, q, PAGE_SIZE, (long) (number - 1) * PAGE_SIZE);
		}
		catch (IllegalArgumentException ex) {
			throw new ImportException(ErrorCode.BAD_REQUEST, ex.getMessage());
		}
		model.addAttribute("user", user);
		model.addAttribute("entity", entity);
		model.addAttribute("q", q);
		model.addAttribute("job", job.strip());
		model.addAttribute("filters", filters);
		model.addAttribute("parentKey", table.parent().map(EntityTable.Link::key).orElse(""));
		model.addAttribute("columns", RecordViews.columns(table, locale));
		model.addAttribute("rows", this.views.rows(user.tenantId(), table, found.items()));
		Pages.describe(model, number, PAGE_SIZE, found.total(), found.items().size());
		return "records/list";
	}

	@GetMapping("/records/{entity}/{id}")
	String detail(@AuthenticationPrincipal IntakePrincipal user, @PathVariable String entity, @PathVariable String id,
			@RequestParam(required = false) String done, Locale locale, Model model) {
		EntityTable table = RecordViews.table(entity);
		Map<String, Object> record = this.views.record(user.tenantId(), table, id);
		List<RecordViews.Value> values = RecordViews.values(table, record, locale);
		if ("saved".equals(done)) {
			model.addAttribute("done", "records.saved");
		}
		model.addAttribute("user", user);
		model.addAttribute("entity", entity);
		model.addAttribute("id", id);
		model.addAttribute("name", RecordViews.name(table, record));
		model.addAttribute("version", record.get("version"));
		model.addAttribute("importJobId", record.get("importJobId"));
		model.addAttribute("kind", record.getOrDefault("kind", ""));
		model.addAttribute("filled", values.stream().filter((v) -> !v.kind().equals("empty")).toList());
		model.addAttribute("empty", values.stream().filter((v) -> v.kind().equals("empty")).toList());
		model.addAttribute("links", this.views.links(user.tenantId(), table, record));
		model.addAttribute("children", this.views.children(user.tenantId(), table, id));
		return "records/detail";
	}

}
