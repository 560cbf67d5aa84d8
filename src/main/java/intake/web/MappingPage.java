package intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.JobColumn;
import intake.job.MappingChange;
import intake.security.CurrentTenant;

/**
 * {@code /imports/{id}/mapping}, step "Match columns" of the wizard: a field select per
 * file column. Changing one select saves that column at once through htmx ({@code POST
 * …/columns/{index}}, answered with the table); the form's submit button saves every
 * changed select without JavaScript. Both go through
 * {@link ImportJobs#changeMapping(long, String, MappingChange)} exactly as {@code PUT
 * /api/v1/imports/{id}/mapping} does, so its 422 rules (a field takes one column) hold
 * here too.
 */
@Controller
@RequestMapping("/imports/{id}/mapping")
class MappingPage {

	/** What a redirect after a change may say was done (message key suffixes). */
	static final List<String> DONE = List.of("columns", "constant", "valueMap", "combine", "split", "removed",
			"applied", "savedAs");

	private final ImportJobs imports;

	private final MappingRenderer renderer;

	private final CurrentTenant tenant;

	MappingPage(ImportJobs imports, MappingRenderer renderer, CurrentTenant tenant) {
		this.imports = imports;
		this.renderer = renderer;
		this.tenant = tenant;
	}

	@GetMapping
	String show(@PathVariable String id, @RequestParam(required = false) String done,
			@RequestParam(required = false) Integer valueMapColumn, Model model, Locale locale) {
		if (done != null && DONE.contains(done)) {
			model.addAttribute("done", "mapping.done." + done);
		}
		model.addAttribute("valueMapColumn", valueMapColumn);
		return this.renderer.page(id, model, locale);
	}

	/**
	 * Saves every select whose field differs from the stored one: fields
	 * {@code column-<index>}, a field key or empty to ignore the column. Unchanged
	 * columns are not sent on, so that they keep their confidence and learned reason.
	 */
	@PostMapping
	String save(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, Locale locale) {
		ImportJob job = this.imports.get(this.tenant.id(), id);
		Map<Integer, Optional<String>> changes = new LinkedHashMap<>();
		for (JobColumn column : job.columns()) {
			String sent = form.get("column-" + column.index());
			if (sent != null) {
				Optional<String> field = field(sent);
				if (!field.equals(Optional.ofNullable(column.field()))) {
					changes.put(column.index(), field);
				}
			}
		}
		try {
			this.imports.changeMapping(this.tenant.id(), id, MappingChange.ofColumns(changes));
		}
		catch (ImportException ex) {
			return this.renderer.refused(id, "columns", ex, model, response, locale, false);
		}
		return "redirect:/imports/{id}/mapping?done=columns";
	}

	/**
	 * Saves one column: field {@code column-<index>} (what the select sends) or
	 * {@code field}; empty ignores the column. Answers htmx with the table and the
	 * missing-required list, anyone else with a redirect to the page.
	 */
	@PostMapping("/columns/{index}")
	String column(@PathVariable String id, @PathVariable int index, @RequestParam Map<String, String> form,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response, Locale locale) {
		String sent = form.containsKey("column-" + index) ? form.get("column-" + index) : form.get("field");
		boolean table = htmx != null;
		try {
			if (sent == null) {
				throw new ImportException(ErrorCode.VALIDATION,
						"Send the field of column " + index + " in 'field' (empty to ignore the column).");
			}
			this.imports.changeMapping(this.tenant.id(), id, MappingChange.ofColumns(Map.of(index, field(sent))));
		}
		catch (ImportException ex) {
			return this.renderer.refused(id, "columns", ex, model, response, locale, table);
		}
		return table ? this.renderer.columns(id, model, locale) : "redirect:/imports/{id}/mapping?done=columns";
	}

	private static Optional<String> field(String sent) {
		return Optional.of(sent.strip()).filter((f) -> !f.isEmpty());
	}

}
