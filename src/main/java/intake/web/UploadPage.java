package intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.SourceSettings;
import intake.schema.ImportType;
import intake.security.AuditAction;
import intake.security.AuditLog;
import intake.security.CurrentTenant;
import intake.security.CurrentUser;

/**
 * A type's upload form ({@code /imports/new/{type}}) and the upload itself
 * ({@code POST /imports}, as the API's {@code POST /api/v1/imports}): a stored and
 * analysed file goes on to its source page; a file the facade refuses comes back to the
 * form with the reason and the facade's status.
 */
@Controller
class UploadPage {

	/** The refusals the form explains with a message of their own. */
	private static final Set<ErrorCode> EXPLAINED = Set.of(ErrorCode.EMPTY_FILE, ErrorCode.UNSUPPORTED_FILE,
			ErrorCode.NOT_TEXT, ErrorCode.NO_HEADER, ErrorCode.VALIDATION);

	private final ImportJobs imports;

	private final CurrentTenant tenant;

	private final CurrentUser user;

	private final AuditLog audit;

	private final StartViews views;

	UploadPage(ImportJobs imports, CurrentTenant tenant, CurrentUser user, AuditLog audit, StartViews views) {
		this.imports = imports;
		this.tenant = tenant;
		this.user = user;
		this.audit = audit;
		this.views = views;
	}

	@GetMapping("/imports/new/{type}")
	ModelAndView form(@PathVariable String type) {
		return this.views.upload(StartViews.type(type), HttpStatus.OK, Optional.empty(), Optional.empty());
	}

	@PostMapping("/imports")
	ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "encoding", required = false) String encoding,
			@RequestParam(name = "delimiter", required = false) String delimiter) {
		ImportType importType = StartViews.type(type);
		if (file == null || (file.isEmpty() && blank(file.getOriginalFilename()))) {
			return this.views.upload(importType, HttpStatus.BAD_REQUEST, Optional.of("upload.noFile"),
					Optional.empty());
		}
		String fileName = blank(file.getOriginalFilename()) ? "upload.csv" : file.getOriginalFilename();
		ImportJob job;
		try (InputStream content = file.getInputStream()) {
			job = this.imports.create(this.tenant.id(), this.user.id(), importType.key(), fileName, content,
					new SourceSettings(given(encoding), given(delimiter), Optional.empty(), Optional.empty()));
		}
		catch (ImportException ex) {
			String failure = EXPLAINED.contains(ex.code()) ? "upload.refused." + ex.code() : "upload.refused";
			return this.views.upload(importType, HttpStatus.valueOf(ex.code().status()), Optional.of(failure),
					Optional.of(ex.getMessage()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.audit.record(AuditAction.IMPORT_UPLOADED, AuditLog.Target.job(job.id()),
				Map.of("type", job.type(), "bytes", job.fileSize()));
		RedirectView next = new RedirectView("/imports/" + job.id() + "/source", true);
		next.setStatusCode(HttpStatus.SEE_OTHER);
		return new ModelAndView(next);
	}

	private static Optional<String> given(String value) {
		return Optional.ofNullable(value).filter((v) -> !v.isBlank());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
