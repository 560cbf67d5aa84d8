package intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import intake.job.ImportException;
import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.MappingChange;
import intake.mapping.Shaping;
import intake.security.CurrentTenant;

/**
 * The richer mapping of the "Match columns" page (issue 7): a constant value for a field,
 * a value map for a column, columns combined into one field and a full-name column split
 * into first and last name, each added and removed through
 * {@link ImportJobs#changeMapping(long, String, MappingChange)} as {@code PUT
 * /api/v1/imports/{id}/mapping} builds it. Combinations and splits replace the job's
 * list, so the page sends the current list with the one entry added or removed. The
 * facade's 422 message is shown beside the form.
 */
@Controller
@RequestMapping("/imports/{id}/mapping")
class MappingRulesPage {

	private final ImportJobs imports;

	private final MappingRenderer renderer;

	private final CurrentTenant tenant;

	MappingRulesPage(ImportJobs imports, MappingRenderer renderer, CurrentTenant tenant) {
		this.imports = imports;
		this.renderer = renderer;
		this.tenant = tenant;
	}

	/** Sets (or replaces) the constant of a field. */
	@PostMapping("/constants")
	String constant(@PathVariable String id, @RequestParam(defaultValue = "") String field,
			@RequestParam(defaultValue = "") String value, Model model, HttpServletResponse response, Locale locale) {
		if (field.isBlank() || value.isBlank()) {
			return this.renderer.refusedKey(id, "constants", "mapping.constant.incomplete", model, response, locale);
		}
		return change(id, "constants", "constant",
				change(Map.of(field.strip(), Optional.of(value.strip())), Map.of(), Optional.empty(), Optional.empty()),
				model, response, locale);
	}

	/**
	 * Sets the value map of a column from pairs {@code from}/{@code to} (in order; a pair
	 * with either side empty is left out, so that the sample values the form fills in
	 * stay as they are unless given a replacement); no pair removes the column's map.
	 */
	@PostMapping("/value-maps")
	String valueMap(@PathVariable String id, @RequestParam int column, @RequestParam MultiValueMap<String, String> form,
			Model model, HttpServletResponse response, Locale locale) {
		// Read as sent: a single value is not split at commas, as a List parameter would
		// be.
		List<String> from = form.getOrDefault("from", List.of());
		List<String> to = form.getOrDefault("to", List.of());
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < from.size() && i < to.size(); i++) {
			if (!from.get(i).isBlank() && !to.get(i).isBlank()) {
				values.put(from.get(i).strip(), to.get(i).strip());
			}
		}
		return change(id, "valueMaps", "valueMap",
				change(Map.of(), Map.of(column, Optional.of(values)), Optional.empty(), Optional.empty()), model,
				response, locale);
	}

	/**
	 * Combines two or more columns into a field, replacing a combination of that field.
	 */
	@PostMapping("/combine")
	String combine(@PathVariable String id, @RequestParam(defaultValue = "") String field,
			@RequestParam(name = "columns", defaultValue = "") List<Integer> columns,
			@RequestParam(defaultValue = "newline") String separator, Model model, HttpServletResponse response,
			Locale locale) {
		if (field.isBlank() || columns.size() < 2) {
			return this.renderer.refusedKey(id, "combine", "mapping.combine.incomplete", model, response, locale);
		}
		ImportJob job = this.imports.get(this.tenant.id(), id);
		List<Shaping.Combine> combine = new ArrayList<>(job.shaping().combine());
		combine.removeIf((c) -> c.field().equals(field.strip()));
		combine.add(new Shaping.Combine(field.strip(), columns,
				MappingSeparators.of(separator).orElse(MappingSeparators.BY_NAME.get("newline"))));
		return change(id, "combine", "combine", change(Map.of(), Map.of(), Optional.of(combine), Optional.empty()),
				model, response, locale);
	}

	/** Splits a full-name column into a first-name and a last-name field. */
	@PostMapping("/split")
	String split(@PathVariable String id, @RequestParam int column, @RequestParam(defaultValue = "") String first,
			@RequestParam(defaultValue = "") String last, Model model, HttpServletResponse response, Locale locale) {
		if (first.isBlank() || last.isBlank()) {
			return this.renderer.refusedKey(id, "split", "mapping.split.incomplete", model, response, locale);
		}
		ImportJob job = this.imports.get(this.tenant.id(), id);
		List<Shaping.Split> split = new ArrayList<>(job.shaping().split());
		split.removeIf((s) -> s.column() == column);
		split.add(new Shaping.Split(column, List.of(first.strip(), last.strip())));
		return change(id, "split", "split", change(Map.of(), Map.of(), Optional.empty(), Optional.of(split)), model,
				response, locale);
	}

	/**
	 * Removes one rule: {@code what} is constant (key: the field), valueMap (the column),
	 * combine (the field) or split (the column).
	 */
	@PostMapping("/remove")
	String remove(@PathVariable String id, @RequestParam(defaultValue = "") String what,
			@RequestParam(defaultValue = "") String key, Model model, HttpServletResponse response, Locale locale) {
		ImportJob job = this.imports.get(this.tenant.id(), id);
		Shaping shaping = job.shaping();
		MappingChange change = switch (what) {
			case "constant" -> change(Map.of(key, Optional.empty()), Map.of(), Optional.empty(), Optional.empty());
			case "valueMap" -> column(key)
				.map((c) -> change(Map.of(), Map.of(c, Optional.empty()), Optional.empty(), Optional.empty()))
				.orElse(null);
			case "combine" -> change(Map.of(), Map.of(),
					Optional.of(shaping.combine().stream().filter((c) -> !c.field().equals(key)).toList()),
					Optional.empty());
			case "split" ->
				column(key)
					.map((c) -> change(Map.of(), Map.of(), Optional.empty(),
							Optional.of(shaping.split().stream().filter((s) -> s.column() != c).toList())))
					.orElse(null);
			default -> null;
		};
		if (change == null) {
			return this.renderer.refusedKey(id, "rules", "mapping.remove.unknown", model, response, locale);
		}
		return change(id, "rules", "removed", change, model, response, locale);
	}

	private String change(String id, String at, String done, MappingChange change, Model model,
			HttpServletResponse response, Locale locale) {
		try {
			this.imports.changeMapping(this.tenant.id(), id, change);
		}
		catch (ImportException ex) {
			return this.renderer.refused(id, at, ex, model, response, locale, false);
		}
		return "redirect:/imports/{id}/mapping?done=" + done + "#rules";
	}

	private static MappingChange change(Map<String, Optional<String>> constants,
			Map<Integer, Optional<Map<String, String>>> valueMaps, Optional<List<Shaping.Combine>> combine,
			Optional<List<Shaping.Split>> split) {
		return new MappingChange(Map.of(), constants, valueMaps, combine, split, Optional.empty());
	}

	private static Optional<Integer> column(String key) {
		try {
			return Optional.of(Integer.parseInt(key.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
