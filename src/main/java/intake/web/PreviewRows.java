package intake.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import intake.job.ImportJob;
import intake.job.JobColumn;
import intake.job.PreviewItem;
import intake.schema.FieldDef;
import intake.schema.ImportType;

/**
 * Turns preview items into table rows for the preview page: one cell per mapped field in
 * the file's column order, an invalid cell marked with its message, the row's problems as
 * text and the field-level changes of an update.
 */
final class PreviewRows {

	private PreviewRows() {
	}

	/**
	 * A column of the preview table.
	 *
	 * @param key the field key
	 * @param label the field's label in the page's language
	 */
	record Column(String key, String label) {
	}

	/**
	 * A cell.
	 *
	 * @param text the converted value, or the cell as written when it is invalid
	 * @param invalid whether the cell has an error
	 * @param message the errors of the cell, empty when valid
	 */
	record Cell(String text, boolean invalid, String message) {
	}

	/**
	 * A problem of the row.
	 *
	 * @param field the field's label, empty for the row as a whole
	 * @param message what is wrong
	 * @param warning whether it is a warning (the row is imported anyway)
	 */
	record Problem(String field, String message, boolean warning) {
	}

	/**
	 * A field an update changes.
	 *
	 * @param field the field's label
	 * @param from the stored value
	 * @param to the new value
	 */
	record Change(String field, String from, String to) {
	}

	/**
	 * A row of the table.
	 *
	 * @param line the physical line in the file
	 * @param status CREATE, UPDATE, UNCHANGED, SKIP or INVALID
	 * @param cells one per column
	 * @param problems errors, then warnings
	 * @param changes the changes of an update
	 */
	record Row(long line, String status, List<Cell> cells, List<Problem> problems, List<Change> changes) {
	}

	/** The mapped fields, in the order of the file's columns, then the combined ones. */
	static List<Column> columns(ImportJob job, ImportType type, Locale locale) {
		List<String> keys = new ArrayList<>();
		job.columns().stream().map(JobColumn::field).filter(Objects::nonNull).forEach(keys::add);
		job.shaping().fields().stream().filter((key) -> !keys.contains(key)).forEach(keys::add);
		return keys.stream().distinct().map((key) -> new Column(key, label(type, key, locale))).toList();
	}

	static List<Row> rows(List<PreviewItem> items, List<Column> columns, ImportType type, Locale locale) {
		return items.stream().map((item) -> row(item, columns, type, locale)).toList();
	}

	private static Row row(PreviewItem item, List<Column> columns, ImportType type, Locale locale) {
		List<Cell> cells = new ArrayList<>(columns.size());
		for (Column column : columns) {
			List<PreviewItem.Problem> errors = item.errors()
				.stream()
				.filter((e) -> column.key().equals(e.field()))
				.toList();
			Object value = item.values().get(column.key());
			if (errors.isEmpty()) {
				cells.add(new Cell(text(value), false, ""));
			}
			else {
				String written = (value != null) ? text(value) : Objects.requireNonNullElse(errors.get(0).value(), "");
				cells.add(new Cell(written, true, messages(errors)));
			}
		}
		List<Problem> problems = new ArrayList<>();
		item.errors().forEach((e) -> problems.add(problem(e, false, type, locale)));
		item.warnings().forEach((w) -> problems.add(problem(w, true, type, locale)));
		List<Change> changes = new ArrayList<>();
		for (Map.Entry<String, Map<String, Object>> change : new LinkedHashMap<>(item.changes()).entrySet()) {
			changes.add(new Change(label(type, change.getKey(), locale), text(change.getValue().get("from")),
					text(change.getValue().get("to"))));
		}
		return new Row(item.line(), item.status(), cells, problems, changes);
	}

	private static Problem problem(PreviewItem.Problem problem, boolean warning, ImportType type, Locale locale) {
		String field = (problem.field() == null || problem.field().isEmpty()) ? ""
				: label(type, problem.field(), locale);
		return new Problem(field, problem.message(), warning);
	}

	private static String messages(List<PreviewItem.Problem> problems) {
		return problems.stream().map(PreviewItem.Problem::message).collect(Collectors.joining("; "));
	}

	/** A value in the API's JSON encoding as text: lists joined, null empty. */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(PreviewRows::text).collect(Collectors.joining(", "));
		}
		return value.toString();
	}

	/** A field's label in the language, else in English, else its key. */
	static String label(ImportType type, String key, Locale locale) {
		return type.findField(key).map((field) -> label(field, locale)).orElse(key);
	}

	private static String label(FieldDef field, Locale locale) {
		return field.labels().getOrDefault(locale.getLanguage(), field.label());
	}

}
