package intake.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import intake.files.TemplateCsv;
import intake.files.TemplateXlsx;
import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.schema.FieldDef;
import intake.schema.ImportType;
import intake.schema.ImportTypes;

/**
 * What can be imported: every import type with its fields, and a template file per type.
 */
@RestController
@RequestMapping("/api/v1/import-types")
class ImportTypesController {

	@GetMapping
	List<TypeView> types() {
		return ImportTypes.all().stream().map(TypeView::of).toList();
	}

	@GetMapping("/{type}/template.csv")
	ResponseEntity<byte[]> template(@PathVariable String type) {
		ImportType importType = type(type);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(TemplateCsv.fileName(importType)).build().toString())
			.body(TemplateCsv.of(importType));
	}

	@GetMapping("/{type}/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(@PathVariable String type) {
		ImportType importType = type(type);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(TemplateXlsx.fileName(importType)).build().toString())
			.body(TemplateXlsx.of(importType));
	}

	private static ImportType type(String type) {
		return ImportTypes.find(type)
			.orElseThrow(() -> new ImportException(ErrorCode.NOT_FOUND,
					"There is no import type '" + type + "'; the types are "
							+ String.join(", ", ImportTypes.all().stream().map(ImportType::key).toList()) + "."));
	}

	record TypeView(String type, String label, Map<String, String> labels, String description, String defaultMode,
			List<FieldView> fields) {

		static TypeView of(ImportType type) {
			return new TypeView(type.key(), type.label(), type.labels(), type.description(), type.defaultMode().name(),
					type.fields().stream().map(FieldView::of).toList());
		}

	}

	record FieldView(String key, String label, Map<String, String> labels, String type, boolean required,
			boolean naturalKey, String ref, Integer maxLength, String entity, List<String> choices) {

		static FieldView of(FieldDef field) {
			return new FieldView(field.key(), field.label(), field.labels(), field.type().jsonName(), field.required(),
					field.naturalKey(), field.ref().orElse(null),
					field.maxLength().isPresent() ? field.maxLength().getAsInt() : null, field.entity(),
					field.choices().isEmpty() ? null : List.copyOf(new java.util.TreeSet<>(field.choices().keySet())));
		}

	}

}
