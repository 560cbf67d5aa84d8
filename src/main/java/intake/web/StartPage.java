package intake.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import intake.files.TemplateCsv;
import intake.files.TemplateXlsx;
import intake.schema.ImportType;

/**
 * The wizard's first step, also the home page: what can be imported, with a template per
 * type (the same files as the API's {@code /api/v1/import-types/{type}/template.*}).
 */
@Controller
class StartPage {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final StartViews views;

	StartPage(StartViews views) {
		this.views = views;
	}

	@GetMapping({ "/", "/imports/new" })
	ModelAndView start() {
		return this.views.start(HttpStatus.OK, Optional.empty());
	}

	@GetMapping("/imports/new/{type}/template.csv")
	ResponseEntity<byte[]> csv(@PathVariable String type) {
		ImportType importType = StartViews.type(type);
		return download(TemplateCsv.fileName(importType), new MediaType("text", "csv", StandardCharsets.UTF_8),
				TemplateCsv.of(importType));
	}

	@GetMapping("/imports/new/{type}/template.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String type) {
		ImportType importType = StartViews.type(type);
		return download(TemplateXlsx.fileName(importType), XLSX, TemplateXlsx.of(importType));
	}

	private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(bytes);
	}

}
