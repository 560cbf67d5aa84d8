package intake.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.OptionsChange;
import intake.job.ProblemFile;
import intake.job.Preview;
import intake.job.PreviewItem;
import intake.job.PreviewSummary;
import intake.job.SourceSettings;
import intake.plan.EntityCounts;
import intake.security.AuditAction;
import intake.security.AuditLog;
import intake.security.CurrentTenant;
import intake.security.CurrentUser;

/**
 * The import flow of the REST API: upload, source settings, mapping, options, preview,
 * start and follow.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportsController {

	private final ImportJobs imports;

	private final CurrentTenant tenant;

	private final CurrentUser user;

	private final JobEvents events;

	private final AuditLog audit;

	private final long maxFileBytes;

	ImportsController(ImportJobs imports, CurrentTenant tenant, CurrentUser user, JobEvents events, AuditLog audit,
			@Value("${spring.servlet.multipart.max-file-size:1GB}") DataSize maxFileSize) {
		this.maxFileBytes = maxFileSize.toBytes();
		this.imports = imports;
		this.tenant = tenant;
		this.user = user;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * Reads the multipart body itself, so that the file streams to the upload store as it
	 * arrives (see {@link StreamedUpload}); the servlet container's multipart parsing is
	 * lazy and never starts here.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<JobView> upload(HttpServletRequest request) {
		StreamedUpload.Form form = StreamedUpload.read(request, this.maxFileBytes,
				(content, fields) -> this.imports.receive(content, settings(fields, false)), this.imports::discard);
		ImportJobs.Received file = form.file()
			.orElseThrow(() -> new ImportException(ErrorCode.MISSING_FILE,
					"Send the file as multipart/form-data in a part named 'file'."));
		String type = form.field("type").orElse(null);
		if (type == null || type.isBlank()) {
			this.imports.discard(file);
			throw new ImportException(ErrorCode.UNKNOWN_TYPE,
					"Say what the file holds in the parameter 'type', e.g. companies.");
		}
		String fileName = form.fileName().filter((name) -> !name.isBlank()).orElse("upload.csv");
		SourceSettings settings;
		try {
			settings = settings(form.fields(), true);
		}
		catch (ImportException refused) {
			this.imports.discard(file);
			throw refused;
		}
		// drops the file itself when it refuses it
		ImportJob job = this.imports.create(this.tenant.id(), this.user.id(), type.strip(), fileName, file, settings);
		this.audit.record(AuditAction.IMPORT_UPLOADED, AuditLog.Target.job(job.id()),
				Map.of("type", job.type(), "bytes", job.fileSize()));
		return ResponseEntity.created(URI.create("/api/v1/imports/" + job.id())).body(JobView.of(job));
	}

	/**
	 * The file settings among the form fields.
	 * @param strict whether a header row that is no number is refused (else ignored: the
	 * file is only being stored)
	 */
	private static SourceSettings settings(Map<String, String> fields, boolean strict) {
		Optional<Integer> headerRow = Optional.empty();
		String row = fields.get("headerRow");
		if (row != null && !row.isBlank()) {
			try {
				headerRow = Optional.of(Integer.parseInt(row.strip()));
			}
			catch (NumberFormatException ex) {
				if (strict) {
					throw new ImportException(ErrorCode.BAD_REQUEST,
							"The parameter 'headerRow' has a value of the wrong type.");
				}
			}
		}
		return new SourceSettings(Optional.ofNullable(fields.get("encoding")),
				Optional.ofNullable(fields.get("delimiter")), headerRow, Optional.ofNullable(fields.get("sheet")));
	}

	@GetMapping
	Map<String, Object> list(@RequestParam(defaultValue = "50") int limit,
			@RequestParam(defaultValue = "0") long offset) {
		List<JobView> items = this.imports.list(this.tenant.id(), limit, offset).stream().map(JobView::of).toList();
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("total", this.imports.count(this.tenant.id()));
		page.put("items", items);
		return page;
	}

	@GetMapping("/{id}")
	JobView get(@PathVariable String id) {
		return JobView.of(this.imports.get(this.tenant.id(), id));
	}

	@PutMapping("/{id}/source")
	JobView source(@PathVariable String id, @RequestBody SourceBody body) {
		return JobView.of(this.imports.changeSource(this.tenant.id(), id,
				new SourceSettings(Optional.ofNullable(body.encoding()), Optional.ofNullable(body.delimiter()),
						Optional.ofNullable(body.headerRow()), Optional.ofNullable(body.sheet()))));
	}

	@PutMapping("/{id}/mapping")
	JobView mapping(@PathVariable String id, @RequestBody MappingBody body) {
		return JobView.of(this.imports.changeMapping(this.tenant.id(), id, body.change()));
	}

	@PutMapping("/{id}/options")
	JobView options(@PathVariable String id, @RequestBody OptionsBody body) {
		return JobView.of(this.imports.changeOptions(this.tenant.id(), id, body.change()));
	}

	@PostMapping("/{id}/start")
	ResponseEntity<JobView> start(@PathVariable String id, @RequestBody(required = false) OptionsBody body) {
		OptionsChange change = (body != null) ? body.change() : OptionsChange.none();
		ImportJob job = this.imports.start(this.tenant.id(), id, change);
		this.audit.record(AuditAction.IMPORT_STARTED, AuditLog.Target.job(id), Map.of("type", job.type()));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(JobView.of(job));
	}

	@GetMapping("/{id}/preview")
	Map<String, Object> preview(@PathVariable String id, @RequestParam(defaultValue = "0") long offset,
			@RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) String only) {
		boolean onlyProblems = onlyProblems(only);
		Preview preview = this.imports.preview(this.tenant.id(), id, offset, limit, onlyProblems);
		PreviewSummary summary = preview.summary();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("rows", Map.of("total", summary.total(), "valid", summary.valid(), "invalid", summary.invalid(),
				"withWarnings", summary.withWarnings()));
		body.put("summary", new LinkedHashMap<String, EntityCounts>(summary.entities()));
		body.put("columnWarnings", summary.columnWarnings());
		body.put("items", preview.items().stream().map(ImportsController::item).toList());
		return body;
	}

	private static boolean onlyProblems(String only) {
		if (only == null || only.isBlank()) {
			return false;
		}
		if (!only.equals("problems")) {
			throw new ImportException(ErrorCode.VALIDATION, "'only' takes the value 'problems'.");
		}
		return true;
	}

	private static Map<String, Object> item(PreviewItem item) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("line", item.line());
		view.put("status", item.status());
		view.put("values", item.values());
		view.put("errors", item.errors());
		view.put("warnings", item.warnings());
		view.put("changes", item.changes());
		return view;
	}

	@GetMapping("/{id}/problems.csv")
	ResponseEntity<StreamingResponseBody> problems(@PathVariable String id) {
		return problemFile(id, false);
	}

	/** The failed rows as in the file, for fixing and importing again. */
	@GetMapping("/{id}/errors.csv")
	ResponseEntity<StreamingResponseBody> errors(@PathVariable String id) {
		return problemFile(id, true);
	}

	private ResponseEntity<StreamingResponseBody> problemFile(String id, boolean onlyFailed) {
		ProblemFile file = ProblemFile.of(this.imports, this.tenant.id(), id, onlyFailed);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(file::writeTo);
	}

	@PostMapping("/{id}/cancel")
	ResponseEntity<JobView> cancel(@PathVariable String id) {
		intake.security.IntakePrincipal caller = this.user.principal();
		if (caller.role() != intake.security.Role.ADMIN
				&& !this.imports.createdBy(this.tenant.id(), id).equals(Optional.of(caller.userId()))) {
			throw new ImportException(ErrorCode.FORBIDDEN, "Only an administrator may cancel another user's import.");
		}
		ImportJob job = this.imports.cancel(this.tenant.id(), id);
		this.audit.record(AuditAction.IMPORT_CANCELLED, AuditLog.Target.job(id), Map.of());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(JobView.of(job));
	}

	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	org.springframework.web.servlet.mvc.method.annotation.SseEmitter events(@PathVariable String id) {
		return this.events.subscribe(this.tenant.id(), id);
	}

	record SourceBody(String encoding, String delimiter, Integer headerRow, String sheet) {
	}

	record OptionsBody(String mode, List<String> matchOn, String onError, String emptyCells, Boolean createMissing,
			String stock, Boolean updatePrices, List<String> nullTokens) {

		OptionsChange change() {
			return new OptionsChange(Optional.ofNullable(this.mode), Optional.ofNullable(this.matchOn),
					Optional.ofNullable(this.onError), Optional.ofNullable(this.emptyCells),
					Optional.ofNullable(this.createMissing), Optional.ofNullable(this.stock),
					Optional.ofNullable(this.updatePrices), Optional.ofNullable(this.nullTokens));
		}

	}

}
