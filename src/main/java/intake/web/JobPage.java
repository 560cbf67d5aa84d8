package intake.web;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.JobStatus;
import intake.job.ProblemFile;
import intake.security.AuditAction;
import intake.security.AuditLog;
import intake.security.CurrentTenant;
import intake.security.CurrentUser;
import intake.security.IntakePrincipal;
import intake.security.Role;

/**
 * Step 6 of the wizard, {@code /imports/{id}}: the import's progress, live over
 * server-sent events ({@link JobProgress}) while it runs, with a cancel button; then its
 * result — "Completed" with the job id, counts per entity, the error file and links to
 * the imported records, History and undo. A job still being mapped goes to its preview.
 */
@Controller
@RequestMapping("/imports/{id}")
class JobPage {

	private final ImportJobs imports;

	private final CurrentTenant tenant;

	private final CurrentUser user;

	private final JobProgress progress;

	private final AuditLog audit;

	JobPage(ImportJobs imports, CurrentTenant tenant, CurrentUser user, JobProgress progress, AuditLog audit) {
		this.imports = imports;
		this.tenant = tenant;
		this.user = user;
		this.progress = progress;
		this.audit = audit;
	}

	@GetMapping
	ModelAndView job(@PathVariable String id, Locale locale) {
		ImportJob job = this.imports.get(this.tenant.id(), id);
		if (job.status() == JobStatus.MAPPING) {
			return Redirects.seeOther("/imports/" + id + "/preview");
		}
		return page(job, locale);
	}

	/** Cancels, as the API does: an importer only their own imports. */
	@PostMapping("/cancel")
	ModelAndView cancel(@PathVariable String id, Locale locale) {
		IntakePrincipal caller = this.user.principal();
		if (caller.role() != Role.ADMIN
				&& !this.imports.createdBy(this.tenant.id(), id).equals(Optional.of(caller.userId()))) {
			throw new ImportException(ErrorCode.FORBIDDEN, "Only an administrator may cancel another user's import.");
		}
		try {
			this.imports.cancel(this.tenant.id(), id);
		}
		catch (ImportException ex) {
			if (ex.code() != ErrorCode.WRONG_STATE) {
				throw ex;
			}
			ModelAndView view = page(this.imports.get(this.tenant.id(), id), locale);
			view.setStatus(HttpStatus.CONFLICT);
			view.addObject("refusal", ex.getMessage());
			return view;
		}
		this.audit.record(AuditAction.IMPORT_CANCELLED, AuditLog.Target.job(id), Map.of());
		return Redirects.seeOther("/imports/" + id);
	}

	/** The failed rows as in the file, the same file as the API's. */
	@GetMapping("/errors.csv")
	ResponseEntity<StreamingResponseBody> errors(@PathVariable String id) {
		return PreviewPage.csv(ProblemFile.of(this.imports, this.tenant.id(), id, true));
	}

	@GetMapping(path = "/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter progress(@PathVariable String id, Locale locale) {
		return this.progress.subscribe(this.tenant.id(), id, locale);
	}

	private ModelAndView page(ImportJob job, Locale locale) {
		ModelAndView view = new ModelAndView("wizard/job");
		view.addObject("job", JobCard.of(job, locale, OffsetDateTime.now()));
		return view;
	}

}
