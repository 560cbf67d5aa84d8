package intake.api;

import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import intake.job.UndoReport;
import intake.job.Undos;
import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.ImportJobs;
import intake.security.AuditAction;
import intake.security.AuditLog;
import intake.security.CurrentTenant;
import intake.security.CurrentUser;
import intake.security.IntakePrincipal;
import intake.security.Role;

/**
 * Undo of an import: what it would do, and doing it in the background. An importer may
 * undo only the imports they uploaded; an administrator any import of the tenant.
 */
@RestController
@RequestMapping("/api/v1/imports/{id}")
class UndoController {

	private final Undos undos;

	private final JobUndo jobUndo;

	private final ImportJobs imports;

	private final CurrentTenant tenant;

	private final CurrentUser user;

	private final AuditLog audit;

	UndoController(Undos undos, JobUndo jobUndo, ImportJobs imports, CurrentTenant tenant, CurrentUser user,
			AuditLog audit) {
		this.audit = audit;
		this.undos = undos;
		this.jobUndo = jobUndo;
		this.imports = imports;
		this.tenant = tenant;
		this.user = user;
	}

	@GetMapping("/undo-preview")
	UndoReport preview(@PathVariable String id) {
		return this.undos.preview(this.tenant.id(), id);
	}

	/** 202 with the job {@code UNDOING}; 200 with the job when it was undone already. */
	@PostMapping("/undo")
	ResponseEntity<Map<String, Object>> undo(@PathVariable String id) {
		IntakePrincipal caller = this.user.principal();
		if (caller.role() != Role.ADMIN
				&& !this.imports.createdBy(this.tenant.id(), id).equals(Optional.of(caller.userId()))) {
			throw new ImportException(ErrorCode.FORBIDDEN, "Only an administrator may undo another user's import.");
		}
		Undos.Request request = this.undos.undo(this.tenant.id(), id);
		if (request.started()) {
			this.audit.record(AuditAction.IMPORT_UNDONE, AuditLog.Target.job(id), Map.of());
		}
		return ResponseEntity.status(request.started() ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(this.jobUndo.withUndo(JobView.of(request.job())));
	}

}
