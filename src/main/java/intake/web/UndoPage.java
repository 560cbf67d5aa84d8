package intake.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.JobStatus;
import intake.job.UndoReport;
import intake.job.Undos;
import intake.security.AuditAction;
import intake.security.AuditLog;
import intake.security.IntakePrincipal;
import intake.security.Role;

/**
 * {@code /imports/{id}/undo}: what undoing the import would remove, restore and keep (the
 * kept records listed with the reason), and a confirmation form; the POST starts the undo
 * as {@code POST /api/v1/imports/{id}/undo} does (same facade, same owner rule, same
 * audit) and answers 303 to the same page, which follows the status with htmx
 * ({@code /imports/{id}/undo/status}, every second while {@code UNDOING}) up to the
 * result. An undo the facade would refuse is explained on the page; its POST answers 409.
 */
@Controller
@RequestMapping("/imports/{id}/undo")
class UndoPage {

	private final Undos undos;

	private final ImportJobs imports;

	private final AuditLog audit;

	private final Clock clock;

	UndoPage(Undos undos, ImportJobs imports, AuditLog audit, Clock clock) {
		this.undos = undos;
		this.imports = imports;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String page(@AuthenticationPrincipal IntakePrincipal user, @PathVariable String id, Model model) {
		describe(user, id, model);
		return "history/undo";
	}

	/** The status block alone: polled while the undo runs, final once it is done. */
	@GetMapping("/status")
	String status(@AuthenticationPrincipal IntakePrincipal user, @PathVariable String id, Model model) {
		describe(user, id, model);
		return "history/undo :: status";
	}

	@PostMapping
	Object undo(@AuthenticationPrincipal IntakePrincipal user, @PathVariable String id,
			@RequestParam(defaultValue = "") String confirm, Model model, HttpServletResponse response) {
		ImportJob job = this.imports.get(user.tenantId(), id);
		if (user.role() != Role.ADMIN
				&& !this.imports.createdBy(user.tenantId(), id).equals(Optional.of(user.userId()))) {
			throw new ImportException(ErrorCode.FORBIDDEN, "Only an administrator may undo another user's import.");
		}
		Optional<String> refusal = Undoability.refusal(job, OffsetDateTime.now(this.clock));
		if (refusal.isPresent()) {
			return refuse(user, id, "undo.notUndone", HttpStatus.CONFLICT, model, response);
		}
		if (!"yes".equals(confirm)) {
			return refuse(user, id, "undo.confirmMissing", HttpStatus.UNPROCESSABLE_CONTENT, model, response);
		}
		Undos.Request request;
		try {
			request = this.undos.undo(user.tenantId(), id);
		}
		catch (ImportException ex) {
			if (ex.code() != ErrorCode.WRONG_STATE && ex.code() != ErrorCode.UNDO_WINDOW_CLOSED) {
				throw ex;
			}
			// The job moved between the check above and the request (another user's
			// undo).
			return refuse(user, id, "undo.notUndone", HttpStatus.CONFLICT, model, response);
		}
		if (request.started()) {
			this.audit.record(AuditAction.IMPORT_UNDONE, AuditLog.Target.job(id), Map.of());
		}
		RedirectView redirect = new RedirectView("/imports/" + id + "/undo", true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		return redirect;
	}

	private String refuse(IntakePrincipal user, String id, String reason, HttpStatus status, Model model,
			HttpServletResponse response) {
		describe(user, id, model);
		model.addAttribute("failure", reason);
		response.setStatus(status.value());
		return "history/undo";
	}

	/**
	 * The model of the page: the job, why undo is refused (if it is), and the figures:
	 * the outcome once undone, else the preview (none before the import finished).
	 */
	private void describe(IntakePrincipal user, String id, Model model) {
		ImportJob job = this.imports.get(user.tenantId(), id);
		Optional<String> refusal = Undoability.refusal(job, OffsetDateTime.now(this.clock));
		Optional<UndoReport> report = switch (job.status()) {
			case UNDONE -> this.undos.outcome(user.tenantId(), id).or(() -> preview(user, id));
			case COMPLETED, FAILED, CANCELLED, UNDOING -> preview(user, id);
			default -> Optional.empty();
		};
		model.addAttribute("user", user);
		model.addAttribute("job", job);
		model.addAttribute("refusal", refusal.orElse(null));
		model.addAttribute("report", report.orElse(null));
		model.addAttribute("figures", report.map(UndoPage::figures).orElse(List.of()));
		model.addAttribute("undoing", job.status() == JobStatus.UNDOING);
		model.addAttribute("undone", job.status() == JobStatus.UNDONE);
	}

	/**
	 * The figures of an undo for one entity.
	 *
	 * @param entity the entity, e.g. {@code companies}
	 * @param remove records removed
	 * @param restore records given their previous values back
	 * @param keep records kept
	 */
	record Figure(String entity, long remove, long restore, long keep) {
	}

	/** The report's figures by entity, in the report's order. */
	static List<Figure> figures(UndoReport report) {
		Set<String> entities = new LinkedHashSet<>(report.remove().keySet());
		entities.addAll(report.restore().keySet());
		entities.addAll(report.keep().keySet());
		return entities.stream()
			.map((e) -> new Figure(e, report.remove().getOrDefault(e, 0L), report.restore().getOrDefault(e, 0L),
					report.keep().getOrDefault(e, 0L)))
			.toList();
	}

	private Optional<UndoReport> preview(IntakePrincipal user, String id) {
		return Optional.of(this.undos.preview(user.tenantId(), id));
	}

}
