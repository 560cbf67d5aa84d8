package intake.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import intake.job.Mappings;
import intake.mapping.SavedMapping;
import intake.mapping.Shaping;
import intake.security.CurrentTenant;

/**
 * Saved and learned mappings: list, save one from an import under a name, delete.
 * Applying one to an import is {@code PUT /api/v1/imports/{id}/mapping {"mapping": id}}.
 */
@RestController
@RequestMapping("/api/v1/mappings")
class MappingsController {

	private final Mappings mappings;

	private final CurrentTenant tenant;

	MappingsController(Mappings mappings, CurrentTenant tenant) {
		this.mappings = mappings;
		this.tenant = tenant;
	}

	@GetMapping
	Map<String, Object> list(@RequestParam(required = false) String type) {
		List<MappingView> items = this.mappings
			.list(this.tenant.id(), Optional.ofNullable(type).filter((t) -> !t.isBlank()).map(String::strip))
			.stream()
			.map(MappingView::of)
			.toList();
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("total", items.size());
		page.put("items", items);
		return page;
	}

	@GetMapping("/{id}")
	MappingView get(@PathVariable String id) {
		return MappingView.of(this.mappings.get(this.tenant.id(), id));
	}

	@PostMapping
	ResponseEntity<MappingView> save(@RequestBody SaveBody body) {
		SavedMapping saved = this.mappings.saveFrom(this.tenant.id(), body.fromImport(), body.name());
		return ResponseEntity.created(URI.create("/api/v1/mappings/" + saved.id())).body(MappingView.of(saved));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		this.mappings.delete(this.tenant.id(), id);
		return ResponseEntity.noContent().build();
	}

	record SaveBody(String name, String fromImport) {
	}

	/** A saved mapping as the API shows it; {@code name} is null for a learned one. */
	record MappingView(String id, String type, String name, boolean learned, List<String> headers,
			List<ColumnView> columns, Map<String, String> constants, Map<Integer, Map<String, String>> valueMaps,
			List<Shaping.Combine> combine, List<Shaping.Split> split, OffsetDateTime createdAt, OffsetDateTime usedAt,
			long useCount) {

		static MappingView of(SavedMapping m) {
			List<ColumnView> columns = m.columns()
				.stream()
				.map((c) -> new ColumnView(c.header(), c.field().orElse(null), c.ignored()))
				.toList();
			return new MappingView(m.id(), m.type(), m.name().orElse(null), m.learned(), m.headers(), columns,
					m.shaping().constants(), m.shaping().valueMaps(), m.shaping().combine(), m.shaping().split(),
					m.createdAt(), m.usedAt(), m.useCount());
		}

	}

	/**
	 * One column: its header, its field (null when unmapped), whether ignored on purpose.
	 */
	record ColumnView(String header, String field, boolean ignored) {
	}

}
