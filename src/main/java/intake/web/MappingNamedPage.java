package intake.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.ImportJobs;
import intake.job.JobStatus;
import intake.job.MappingChange;
import intake.job.Mappings;
import intake.security.CurrentTenant;

/**
 * Named mappings on the "Match columns" page: apply a saved or learned mapping of the
 * type ({@code PUT /api/v1/imports/{id}/mapping {"mapping": id}}) and save the current
 * mapping under a name ({@code POST /api/v1/mappings {"name", "fromImport"}}).
 */
@Controller
@RequestMapping("/imports/{id}/mapping")
class MappingNamedPage {

	private final ImportJobs imports;

	private final Mappings mappings;

	private final MappingRenderer renderer;

	private final CurrentTenant tenant;

	MappingNamedPage(ImportJobs imports, Mappings mappings, MappingRenderer renderer, CurrentTenant tenant) {
		this.imports = imports;
		this.mappings = mappings;
		this.renderer = renderer;
		this.tenant = tenant;
	}

	/**
	 * Applies a saved mapping. One that no longer exists is refused beside the form
	 * (422), not as a missing import.
	 */
	@PostMapping("/apply")
	String apply(@PathVariable String id, @RequestParam(defaultValue = "") String mapping, Model model,
			HttpServletResponse response, Locale locale) {
		long tenantId = this.tenant.id();
		this.imports.get(tenantId, id);
		if (mapping.isBlank()) {
			return this.renderer.refusedKey(id, "named", "mapping.named.choose", model, response, locale);
		}
		try {
			this.imports.changeMapping(tenantId, id, new MappingChange(Map.of(), Map.of(), Map.of(), Optional.empty(),
					Optional.empty(), Optional.of(mapping.strip())));
		}
		catch (ImportException ex) {
			if (ex.code() == ErrorCode.NOT_FOUND) {
				return this.renderer.refusedKey(id, "named", "mapping.named.gone", model, response, locale);
			}
			return this.renderer.refused(id, "named", ex, model, response, locale, false);
		}
		return "redirect:/imports/{id}/mapping?done=applied";
	}

	/**
	 * Saves the job's current mapping under a name (replacing the type's mapping of that
	 * name).
	 */
	@PostMapping("/save")
	String save(@PathVariable String id, @RequestParam(defaultValue = "") String name, Model model,
			HttpServletResponse response, Locale locale) {
		if (this.imports.get(this.tenant.id(), id).status() != JobStatus.MAPPING) {
			throw new ImportException(ErrorCode.WRONG_STATE,
					"The import was started already; save its mapping from the mapping step of a new import.");
		}
		try {
			this.mappings.saveFrom(this.tenant.id(), id, name);
		}
		catch (ImportException ex) {
			return this.renderer.refused(id, "named", ex, model, response, locale, false);
		}
		return "redirect:/imports/{id}/mapping?done=savedAs#named";
	}

}
