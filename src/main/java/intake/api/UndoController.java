package intake.api;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import intake.job.UndoReport;
import intake.job.Undos;
import intake.security.CurrentTenant;

/**
 * Undo of an import: what it would do, and doing it in the background.
 */
@RestController
@RequestMapping("/api/v1/imports/{id}")
class UndoController {

	private final Undos undos;

	private final JobUndo jobUndo;

	private final CurrentTenant tenant;

	UndoController(Undos undos, JobUndo jobUndo, CurrentTenant tenant) {
		this.undos = undos;
		this.jobUndo = jobUndo;
		this.tenant = tenant;
	}

	@GetMapping("/undo-preview")
	UndoReport preview(@PathVariable String id) {
		return this.undos.preview(this.tenant.id(), id);
	}

	/** 202 with the job {@code UNDOING}; 200 with the job when it was undone already. */
	@PostMapping("/undo")
	ResponseEntity<Map<String, Object>> undo(@PathVariable String id) {
		Undos.Request request = this.undos.undo(this.tenant.id(), id);
		return ResponseEntity.status(request.started() ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(this.jobUndo.withUndo(JobView.of(request.job())));
	}

}
