package intake.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.JobSource;
import intake.job.JobStatus;
import intake.job.SourceSettings;
import intake.security.CurrentTenant;
import intake.security.CurrentUser;

/**
 * The wizard's source step ({@code /imports/{id}/source}): how the uploaded file is read
 * — encoding and delimiter of a CSV file or the sheet of a workbook, and the header row —
 * with the first rows as read that way, so that a wrong encoding shows. A change goes
 * through {@link ImportJobs#changeSource} as the API's {@code PUT …/source} does.
 */
@Controller
@RequestMapping("/imports/{id}/source")
class SourcePage {

	/** Data rows shown below the header. */
	static final int SAMPLE_ROWS = 10;

	private final ImportJobs imports;

	private final CurrentTenant tenant;

	private final CurrentUser user;

	SourcePage(ImportJobs imports, CurrentTenant tenant, CurrentUser user) {
		this.imports = imports;
		this.tenant = tenant;
		this.user = user;
	}

	@GetMapping
	ModelAndView show(@PathVariable String id, @RequestParam(name = "done", required = false) String done) {
		ModelAndView page = page(this.imports.get(this.tenant.id(), id), HttpStatus.OK, Optional.empty(),
				Optional.empty());
		if ("changed".equals(done)) {
			page.addObject("done", "source.done.changed");
		}
		return page;
	}

	@PostMapping
	ModelAndView change(@PathVariable String id, @RequestParam(name = "encoding", required = false) String encoding,
			@RequestParam(name = "delimiter", required = false) String delimiter,
			@RequestParam(name = "sheet", required = false) String sheet,
			@RequestParam(name = "headerRow", required = false) String headerRow) {
		ImportJob job = this.imports.get(this.tenant.id(), id);
		if (job.status() != JobStatus.MAPPING) {
			return page(job, HttpStatus.CONFLICT, Optional.of("source.started"), Optional.empty());
		}
		Optional<Integer> row = Optional.empty();
		if (headerRow != null && !headerRow.isBlank()) {
			try {
				row = Optional.of(Integer.parseInt(headerRow.strip()));
			}
			catch (NumberFormatException ex) {
				return page(job, HttpStatus.UNPROCESSABLE_CONTENT, Optional.of("source.badHeaderRow"),
						Optional.empty());
			}
		}
		// The form sends every setting as shown; only those the user changed are passed
		// on,
		// so that the others keep what was detected (a header row is guessed again on
		// another sheet).
		JobSource now = job.source();
		Optional<String> changedEncoding = given(encoding).filter((e) -> !e.equalsIgnoreCase(now.encoding()));
		Optional<String> changedDelimiter = given(delimiter)
			.filter((d) -> !d.equals(SourceChoices.value(now.delimiter())));
		Optional<String> changedSheet = given(sheet).filter((s) -> !s.equals(now.sheet()));
		Optional<Integer> changedRow = row.filter((r) -> r != now.headerRow());
		try {
			this.imports.changeSource(this.tenant.id(), id,
					new SourceSettings(changedEncoding, changedDelimiter, changedRow, changedSheet));
		}
		catch (ImportException ex) {
			if (ex.code() == ErrorCode.NOT_FOUND) {
				throw ex;
			}
			String failure = (ex.code() == ErrorCode.WRONG_STATE) ? "source.started" : "source.refused";
			return page(this.imports.get(this.tenant.id(), id), HttpStatus.valueOf(ex.code().status()),
					Optional.of(failure), Optional.of(ex.getMessage()));
		}
		RedirectView again = new RedirectView("/imports/" + id + "/source?done=changed", true);
		again.setStatusCode(HttpStatus.SEE_OTHER);
		return new ModelAndView(again);
	}

	private ModelAndView page(ImportJob job, HttpStatus status, Optional<String> failure, Optional<String> detail) {
		ModelAndView page = new ModelAndView("wizard/source", status);
		page.addObject("user", this.user.principal());
		page.addObject("job", job);
		boolean open = job.status() == JobStatus.MAPPING;
		page.addObject("open", open);
		if (open) {
			page.addObject("source", SourceView.of(job));
			page.addObject("sample", SampleTable.of(this.imports.sample(this.tenant.id(), job.id(), SAMPLE_ROWS)));
		}
		failure.ifPresent((key) -> page.addObject("failure", key));
		detail.ifPresent((text) -> page.addObject("detail", text));
		return page;
	}

	private static Optional<String> given(String value) {
		return Optional.ofNullable(value).filter((v) -> !v.isBlank());
	}

}
