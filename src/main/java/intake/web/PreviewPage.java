package intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.JobStatus;
import intake.job.OptionsChange;
import intake.job.Preview;
import intake.job.PreviewSummary;
import intake.job.ProblemFile;
import intake.schema.ImportType;
import intake.security.AuditAction;
import intake.security.AuditLog;
import intake.security.CurrentTenant;

/**
 * Step 5 of the wizard, {@code /imports/{id}/preview}: every row of the file a page at a
 * time (or only the rows with problems), with the totals over the whole file, the import
 * options and the button that starts the import. Sits on {@link ImportJobs} as the API's
 * {@code ImportsController} does.
 */
@Controller
@RequestMapping("/imports/{id}")
class PreviewPage {

	/** Rows per page. */
	static final int PAGE_SIZE = 50;

	/**
	 * Files of more rows than this get a waiting page while their preview is built (about
	 * 35,000 rows a second here), instead of a page that seems to hang.
	 */
	static final long BUILD_IN_BACKGROUND_ABOVE = 50_000;

	private static final long BUILT_ROWS_PER_SECOND = 35_000;

	private final ImportJobs imports;

	private final CurrentTenant tenant;

	private final AuditLog audit;

	PreviewPage(ImportJobs imports, CurrentTenant tenant, AuditLog audit) {
		this.imports = imports;
		this.tenant = tenant;
		this.audit = audit;
	}

	@GetMapping("/preview")
	ModelAndView preview(@PathVariable String id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String only, @RequestParam(required = false) String done,
			@RequestParam(required = false) String wait, Locale locale) {
		ImportJob job = this.imports.get(this.tenant.id(), id);
		if (job.status() == JobStatus.QUEUED || job.status() == JobStatus.RUNNING || job.status() == JobStatus.UNDOING
				|| job.status() == JobStatus.UNDONE) {
			return Redirects.seeOther("/imports/" + id);
		}
		if (wait == null && job.rows().total() > BUILD_IN_BACKGROUND_ABOVE
				&& this.imports.previewMustBeBuilt(this.tenant.id(), id)) {
			ModelAndView building = new ModelAndView("wizard/preview-building");
			building.addObject("job", job);
			building.addObject("typeLabel", JobCard.typeLabel(job.type(), locale));
			building.addObject("seconds", Math.max(1, job.rows().total() / BUILT_ROWS_PER_SECOND));
			return building;
		}
		ModelAndView view = page(job, page, "problems".equals(only), locale);
		if ("options".equals(done)) {
			view.addObject("done", "preview.done.options");
		}
		return view;
	}

	/**
	 * Builds the preview (a pass over the whole file) and answers when it is stored: the
	 * waiting page calls it once and reloads itself on the answer ({@code HX-Refresh}).
	 */
	@GetMapping("/preview/build")
	ResponseEntity<Void> build(@PathVariable String id) {
		this.imports.preview(this.tenant.id(), id, 0, 1, false);
		return ResponseEntity.noContent().header("HX-Refresh", "true").build();
	}

	@PostMapping("/options")
	ModelAndView options(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Locale locale) {
		try {
			this.imports.changeOptions(this.tenant.id(), id, change(form));
		}
		catch (ImportException ex) {
			return refused(id, ex, locale);
		}
		return Redirects.seeOther("/imports/" + id + "/preview?done=options");
	}

	@PostMapping("/start")
	ModelAndView start(@PathVariable String id, Locale locale) {
		ImportJob job;
		try {
			job = this.imports.start(this.tenant.id(), id, OptionsChange.none());
		}
		catch (ImportException ex) {
			return refused(id, ex, locale);
		}
		this.audit.record(AuditAction.IMPORT_STARTED, AuditLog.Target.job(id), Map.of("type", job.type()));
		return Redirects.seeOther("/imports/" + id);
	}

	/** The rows with errors or warnings, the same file as the API's. */
	@GetMapping("/problems.csv")
	ResponseEntity<StreamingResponseBody> problems(@PathVariable String id) {
		ProblemFile file = ProblemFile.of(this.imports, this.tenant.id(), id, false);
		return csv(file);
	}

	static ResponseEntity<StreamingResponseBody> csv(ProblemFile file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(file::writeTo);
	}

	/**
	 * The preview again with the facade's message, for a refusal the user can fix here
	 * (an option, a required field, invalid rows under ABORT); other refusals (a job in
	 * another state, another tenant's job) go to {@link RunPageErrors}.
	 */
	private ModelAndView refused(String id, ImportException ex, Locale locale) {
		if (ex.code() != ErrorCode.VALIDATION && ex.code() != ErrorCode.UNKNOWN_FIELD
				&& ex.code() != ErrorCode.MISSING_REQUIRED) {
			throw ex;
		}
		ImportJob job = this.imports.get(this.tenant.id(), id);
		ModelAndView view = page(job, 1, false, locale);
		view.setStatus(HttpStatus.valueOf(ex.code().status()));
		view.addObject("refusal", ex.getMessage());
		return view;
	}

	private ModelAndView page(ImportJob job, int requested, boolean onlyProblems, Locale locale) {
		long tenantId = this.tenant.id();
		ImportType type = JobCard.type(job);
		int page = Math.max(1, requested);
		Preview preview = this.imports.preview(tenantId, job.id(), (long) (page - 1) * PAGE_SIZE, PAGE_SIZE,
				onlyProblems);
		PreviewSummary summary = preview.summary();
		long shown = onlyProblems ? summary.problemRows() : summary.total();
		int pages = (int) Math.max(1, (shown + PAGE_SIZE - 1) / PAGE_SIZE);
		if (page > pages) {
			page = pages;
			preview = this.imports.preview(tenantId, job.id(), (long) (page - 1) * PAGE_SIZE, PAGE_SIZE, onlyProblems);
		}
		List<PreviewRows.Column> columns = PreviewRows.columns(job, type, locale);
		List<JobCard.Entity> entities = new ArrayList<>();
		JobCard.ordered(job.type(), summary.entities())
			.forEach((entity, counts) -> entities.add(new JobCard.Entity(entity, counts)));
		ModelAndView view = new ModelAndView("wizard/preview");
		view.addObject("job", job);
		view.addObject("typeLabel", JobCard.typeLabel(job.type(), locale));
		view.addObject("editable", job.status() == JobStatus.MAPPING);
		view.addObject("missing", ImportJobs.missingRequired(job));
		view.addObject("summary", summary);
		view.addObject("entities", entities);
		view.addObject("columns", columns);
		view.addObject("rows", PreviewRows.rows(preview.items(), columns, type, locale));
		view.addObject("onlyProblems", onlyProblems);
		view.addObject("page", page);
		view.addObject("pages", pages);
		view.addObject("shown", shown);
		view.addObject("options", PreviewOptions.of(type, job.options(), locale));
		return view;
	}

	/**
	 * The options the form sends. A checkbox sends nothing when unticked, so each
	 * checkbox group comes with a hidden {@code _name} field saying it was on the form.
	 */
	static OptionsChange change(MultiValueMap<String, String> form) {
		return new OptionsChange(value(form, "mode"),
				form.containsKey("_matchOn") ? Optional.of(form.getOrDefault("matchOn", List.of())) : Optional.empty(),
				value(form, "onError"), value(form, "emptyCells"), ticked(form, "createMissing"), value(form, "stock"),
				ticked(form, "updatePrices"), Optional.empty());
	}

	private static Optional<String> value(MultiValueMap<String, String> form, String name) {
		return Optional.ofNullable(form.getFirst(name)).filter((v) -> !v.isBlank());
	}

	private static Optional<Boolean> ticked(MultiValueMap<String, String> form, String name) {
		return form.containsKey("_" + name) ? Optional.of(form.containsKey(name)) : Optional.empty();
	}

}
