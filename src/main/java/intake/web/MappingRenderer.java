package intake.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.JobStatus;
import intake.job.Mappings;
import intake.security.CurrentTenant;
import intake.security.CurrentUser;

/**
 * Renders the "Match columns" page, or its column table alone for htmx, for the current
 * tenant's job; the page of a job past MAPPING says so and links to the job. Refusals of
 * the mapping facade (422) are shown next to the form that caused them, with the status
 * of the API; a job of another tenant (404) and a job already started (409) are left to
 * {@link MappingPageErrors}.
 */
@Component
class MappingRenderer {

	/** The templates of the page and of the htmx answer to one column's change. */
	static final String PAGE = "wizard/mapping";

	static final String SWAP = "wizard/mapping-columns :: swap";

	static final String CLOSED = "wizard/mapping-closed";

	private final ImportJobs imports;

	private final Mappings mappings;

	private final CurrentTenant tenant;

	private final CurrentUser user;

	MappingRenderer(ImportJobs imports, Mappings mappings, CurrentTenant tenant, CurrentUser user) {
		this.imports = imports;
		this.mappings = mappings;
		this.tenant = tenant;
		this.user = user;
	}

	/** The whole page ({@link #PAGE}), or {@link #CLOSED} for a job past MAPPING. */
	String page(String id, Model model, Locale locale) {
		return render(id, model, locale, PAGE);
	}

	/** The column table and the regions htmx updates out of band ({@link #SWAP}). */
	String columns(String id, Model model, Locale locale) {
		return render(id, model, locale, SWAP);
	}

	/**
	 * The page (or the table) again with the facade's refusal beside the form it came
	 * from.
	 * @param at the form: columns, constants, valueMaps, combine, split or named
	 * @throws ImportException again when the job is not found or not in MAPPING
	 */
	String refused(String id, String at, ImportException ex, Model model, HttpServletResponse response, Locale locale,
			boolean table) {
		if (ex.code() == ErrorCode.NOT_FOUND || ex.code() == ErrorCode.WRONG_STATE) {
			throw ex;
		}
		response.setStatus(ex.code().status());
		model.addAttribute("problem", ex.getMessage());
		model.addAttribute("problemAt", at);
		return table ? columns(id, model, locale) : page(id, model, locale);
	}

	/** As {@link #refused}, for a request the page itself refuses: a message key, 422. */
	String refusedKey(String id, String at, String key, Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(422);
		model.addAttribute("problemKey", key);
		model.addAttribute("problemAt", at);
		return page(id, model, locale);
	}

	private String render(String id, Model model, Locale locale, String view) {
		long tenantId = this.tenant.id();
		ImportJob job = this.imports.get(tenantId, id);
		model.addAttribute("user", this.user.principal());
		if (job.status() != JobStatus.MAPPING) {
			model.addAttribute("jobId", job.id());
			model.addAttribute("status", job.status().name());
			return CLOSED;
		}
		model.addAttribute("screen",
				MappingScreen.of(job, this.mappings.list(tenantId, Optional.of(job.type())), locale));
		return view;
	}

}
