package intake.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.MappingChange;
import intake.mapping.Shaping;

/**
 * The body of {@code PUT /api/v1/imports/{id}/mapping} (API.md "Mapping and options"):
 * {@code columns} (index → field key, null = ignore), {@code constants} (field key →
 * value, null removes), {@code valueMaps} (index → cell value → value, null removes),
 * {@code combine} and {@code split} (replace the current lists), {@code mapping} (a saved
 * mapping's id, applied first).
 */
record MappingBody(Map<String, String> columns, Map<String, Object> constants,
		Map<String, Map<String, Object>> valueMaps, List<CombineBody> combine, List<SplitBody> split, String mapping) {

	record CombineBody(String field, List<Integer> columns, String separator) {
	}

	record SplitBody(Integer column, List<String> into) {
	}

	MappingChange change() {
		Map<Integer, Optional<String>> columns = new LinkedHashMap<>();
		if (this.columns != null) {
			this.columns.forEach((key, field) -> columns.put(index(key, "Mapping"),
					Optional.ofNullable(field).filter((f) -> !f.isBlank()).map(String::strip)));
		}
		Map<String, Optional<String>> constants = new LinkedHashMap<>();
		if (this.constants != null) {
			this.constants.forEach((field, value) -> constants.put(field, Optional.ofNullable(text(field, value))));
		}
		Map<Integer, Optional<Map<String, String>>> valueMaps = new LinkedHashMap<>();
		if (this.valueMaps != null) {
			this.valueMaps.forEach((key, map) -> {
				Map<String, String> values = null;
				if (map != null) {
					values = new LinkedHashMap<>();
					for (Map.Entry<String, Object> entry : map.entrySet()) {
						String value = text("valueMaps." + key, entry.getValue());
						values.put(entry.getKey(), (value != null) ? value : "");
					}
				}
				valueMaps.put(index(key, "Value map"), Optional.ofNullable(values));
			});
		}
		Optional<List<Shaping.Combine>> combine = Optional.ofNullable(this.combine).map((list) -> {
			List<Shaping.Combine> out = new ArrayList<>();
			for (CombineBody c : list) {
				if (c == null || c.field() == null || c.field().isBlank() || c.columns() == null
						|| c.columns().contains(null)) {
					throw invalid("Each entry of 'combine' needs a 'field' and a list of 'columns'.");
				}
				out.add(new Shaping.Combine(c.field().strip(), c.columns(), c.separator()));
			}
			return out;
		});
		Optional<List<Shaping.Split>> split = Optional.ofNullable(this.split).map((list) -> {
			List<Shaping.Split> out = new ArrayList<>();
			for (SplitBody s : list) {
				if (s == null || s.column() == null || s.into() == null || s.into().contains(null)) {
					throw invalid("Each entry of 'split' needs a 'column' and 'into': [first name field, last name"
							+ " field].");
				}
				out.add(new Shaping.Split(s.column(), s.into().stream().map(String::strip).toList()));
			}
			return out;
		});
		return new MappingChange(columns, constants, valueMaps, combine, split,
				Optional.ofNullable(this.mapping).filter((m) -> !m.isBlank()).map(String::strip));
	}

	private static int index(String key, String what) {
		try {
			return Integer.parseInt(key.strip());
		}
		catch (NumberFormatException ex) {
			throw invalid(what + " keys are 0-based column indexes, not '" + key + "'.");
		}
	}

	/** A JSON scalar as text; null stays null. */
	private static String text(String where, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Map<?, ?> || value instanceof List<?>) {
			throw new ImportException(ErrorCode.VALIDATION,
					"The value of " + where + " must be text, a number or" + " true/false.",
					List.of(new ImportException.Detail(null, where, null, "not a single value")));
		}
		return value.toString();
	}

	private static ImportException invalid(String message) {
		return new ImportException(ErrorCode.VALIDATION, message);
	}

}
