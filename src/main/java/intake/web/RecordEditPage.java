package intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import intake.crm.EntityTable;
import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.RecordEdits;
import intake.schema.FieldDef;
import intake.schema.FieldType;
import intake.security.IntakePrincipal;

/**
 * {@code /records/{entity}/{id}/edit}: a form of every field and link of the record; the
 * POST sends the fields whose value changed to {@link RecordEdits#patch} exactly as
 * {@code PATCH /api/v1/records/{entity}/{id}} does (an empty field clears), so the
 * version goes up and undo keeps the record as edited after its import. Bad values render
 * the form again (422) with each message next to its field.
 */
@Controller
@RequestMapping("/records/{entity}/{id}/edit")
class RecordEditPage {

	private final RecordEdits edits;

	private final RecordViews views;

	RecordEditPage(RecordEdits edits, RecordViews views) {
		this.edits = edits;
		this.views = views;
	}

	/**
	 * One input of the form.
	 *
	 * @param key the field or link key, the input's name
	 * @param label the label in the page's language
	 * @param input {@code text}, {@code date}, {@code link} (a record id) or
	 * {@code select}
	 * @param value the value shown
	 * @param options for a select: the values to choose from ({@code true}/{@code false}
	 * for a boolean), the empty choice first
	 * @param errors what is wrong with the value sent
	 */
	record Input(String key, String label, String input, String value, List<String> options, List<String> errors) {
	}

	@GetMapping
	String form(@AuthenticationPrincipal IntakePrincipal user, @PathVariable String entity, @PathVariable String id,
			Locale locale, Model model) {
		EntityTable table = RecordViews.table(entity);
		Map<String, Object> record = this.views.record(user.tenantId(), table, id);
		return page(user, table, record, current(table, record), Map.of(), locale, model);
	}

	@PostMapping
	Object save(@AuthenticationPrincipal IntakePrincipal user, @PathVariable String entity, @PathVariable String id,
			@RequestParam Map<String, String> params, Locale locale, Model model, HttpServletResponse response) {
		EntityTable table = RecordViews.table(entity);
		Map<String, Object> record = this.views.record(user.tenantId(), table, id);
		Map<String, String> current = current(table, record);
		Map<String, Object> changes = new LinkedHashMap<>();
		current.forEach((key, before) -> {
			String sent = params.get(key);
			if (sent != null && !sent.strip().equals(before.strip())) {
				changes.put(key, sent.isBlank() ? null : sent.strip());
			}
		});
		try {
			this.edits.patch(user.tenantId(), entity, id, changes);
		}
		catch (ImportException ex) {
			if (ex.code() != ErrorCode.VALIDATION && ex.code() != ErrorCode.UNKNOWN_FIELD) {
				throw ex;
			}
			Map<String, List<String>> errors = new LinkedHashMap<>();
			ex.details()
				.forEach((d) -> errors
					.computeIfAbsent(Objects.requireNonNullElse(d.field(), ""), (k) -> new ArrayList<>())
					.add(d.message()));
			Map<String, String> shown = new LinkedHashMap<>(current);
			current.keySet().stream().filter(params::containsKey).forEach((key) -> shown.put(key, params.get(key)));
			model.addAttribute("failure", "records.edit.invalid");
			model.addAttribute("message", ex.getMessage());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(user, table, record, shown, errors, locale, model);
		}
		RedirectView redirect = new RedirectView("/records/" + entity + "/" + id + "?done=saved", true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		return redirect;
	}

	/** Every editable key (fields, then links) to its stored value as text. */
	private static Map<String, String> current(EntityTable table, Map<String, Object> record) {
		Map<String, String> values = new LinkedHashMap<>();
		table.fields().forEach((f) -> values.put(f.key(), RecordViews.text(record.get(f.key()))));
		table.links().forEach((l) -> values.put(l.key(), RecordViews.text(record.get(l.key()))));
		return values;
	}

	private String page(IntakePrincipal user, EntityTable table, Map<String, Object> record, Map<String, String> values,
			Map<String, List<String>> errors, Locale locale, Model model) {
		List<Input> inputs = new ArrayList<>();
		for (FieldDef field : table.fields()) {
			inputs.add(input(field, RecordViews.label(field, locale), values.get(field.key()),
					errors.getOrDefault(field.key(), List.of())));
		}
		for (EntityTable.Link link : table.links()) {
			inputs.add(new Input(link.key(), link.targetEntity(), "link", values.get(link.key()), List.of(),
					errors.getOrDefault(link.key(), List.of())));
		}
		List<String> general = new ArrayList<>(errors.getOrDefault("", List.of()));
		errors.keySet()
			.stream()
			.filter((k) -> !k.isEmpty() && !values.containsKey(k))
			.forEach((k) -> general.addAll(errors.get(k)));
		model.addAttribute("user", user);
		model.addAttribute("entity", table.entity());
		model.addAttribute("id", record.get("id"));
		model.addAttribute("name", RecordViews.name(table, record));
		model.addAttribute("version", record.get("version"));
		model.addAttribute("inputs", inputs);
		model.addAttribute("general", general);
		return "records/edit";
	}

	private static Input input(FieldDef field, String label, String value, List<String> errors) {
		if (field.type() == FieldType.BOOLEAN) {
			return new Input(field.key(), label, "select", value, List.of("", "true", "false"), errors);
		}
		if (field.type() == FieldType.ENUM) {
			TreeSet<String> choices = new TreeSet<>(field.choices().keySet());
			if (!value.isBlank()) {
				choices.add(value);
			}
			List<String> options = new ArrayList<>(List.of(""));
			options.addAll(choices);
			return new Input(field.key(), label, "select", value, options, errors);
		}
		return new Input(field.key(), label, (field.type() == FieldType.DATE) ? "date" : "text", value, List.of(),
				errors);
	}

}
