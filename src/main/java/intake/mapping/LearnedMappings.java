package intake.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import intake.schema.ImportType;

/**
 * Step 1 of header matching (IMPORT-FIELDS.md): what the tenant saved or used before. A
 * file whose header set equals a saved mapping's (order aside) maps exactly as then —
 * ignored columns, constants, value maps, combinations and splits included. Otherwise
 * every header the tenant mapped before maps as it did then (the most recently used
 * mapping wins), ahead of exact, synonym and fuzzy matches, with confidence 1.0.
 * Stateless and thread-safe.
 */
public final class LearnedMappings {

	private LearnedMappings() {
	}

	/**
	 * What the saved mappings make of a file's headers.
	 *
	 * @param mapping the columns' mapping
	 * @param shaping the shaping restored with it ({@link Shaping#NONE} unless the header
	 * set was known)
	 * @param reasons column index to why it maps as it does, for learned columns only
	 * @param same the saved mapping whose header set this is, if any
	 */
	public record Recall(ColumnMapping mapping, Shaping shaping, Map<Integer, String> reasons,
			Optional<SavedMapping> same) {

		public Recall {
			reasons = Map.copyOf(reasons);
		}

	}

	/**
	 * The key of a header set: the headers in normal form ({@link HeaderText}), sorted,
	 * hashed (SHA-256, hex) — equal for the same headers in any order.
	 */
	public static String headerKey(List<String> headers) {
		List<String> forms = new ArrayList<>(headers.stream().map(HeaderText::normalize).toList());
		forms.sort(null);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(String.join("\n", forms).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

	/**
	 * Maps headers with the tenant's saved mappings first.
	 * @param type the import type
	 * @param headers the file's headers
	 * @param saved the tenant's mappings of this type, most recently used first
	 */
	public static Recall recall(ImportType type, List<String> headers, List<SavedMapping> saved) {
		String key = headerKey(headers);
		ColumnMapping plain = new HeaderMatcher(type).match(headers);
		for (SavedMapping mapping : saved) {
			if (mapping.headerKey().equals(key) && mapping.type().equals(type.key())) {
				Optional<Recall> same = sameHeaders(type, headers, plain, mapping);
				if (same.isPresent()) {
					return same.get();
				}
			}
		}
		Map<String, Optional<String>> choices = new LinkedHashMap<>();
		Map<String, SavedMapping> origins = new HashMap<>();
		for (SavedMapping mapping : saved) {
			for (SavedMapping.Column column : mapping.columns()) {
				if (column.field().isPresent() || column.ignored()) {
					String form = HeaderText.normalize(column.header());
					if (!form.isEmpty() && choices.putIfAbsent(form, column.field()) == null) {
						origins.put(form, mapping);
					}
				}
			}
		}
		ColumnMapping learned = new HeaderMatcher(type, choices).match(headers);
		Map<Integer, String> reasons = new LinkedHashMap<>();
		for (ColumnMatch column : learned.columns()) {
			SavedMapping origin = origins.get(HeaderText.normalize(column.header()));
			Optional<String> choice = choices.get(HeaderText.normalize(column.header()));
			if (origin != null && choice.equals(column.field())) {
				reasons.put(column.index(), learnedReason(column, origin));
			}
		}
		return new Recall(learned, Shaping.NONE, reasons, Optional.empty());
	}

	/**
	 * Applies a saved mapping to a file's current mapping: columns whose header the saved
	 * mapping has map as there; other columns keep their field unless the saved mapping
	 * feeds it; the saved shaping replaces the current one (value maps, combinations and
	 * splits of columns this file lacks are left out).
	 * @throws MappingException when the result breaks a rule (checked as a user's change)
	 */
	public static Recall apply(ImportType type, ColumnMapping current, SavedMapping saved) {
		List<String> headers = current.columns().stream().map(ColumnMatch::header).toList();
		Map<Integer, Integer> moved = positions(saved.headers(), headers);
		Shaping shaping = saved.shaping().reindexed((i) -> Optional.ofNullable(moved.get(i)));
		Map<Integer, Optional<String>> fromSaved = new HashMap<>();
		moved.forEach((from, to) -> fromSaved.put(to,
				saved.columns().get(from).field().filter((f) -> type.findField(f).isPresent())));
		Set<String> claimed = new HashSet<>(shaping.fields());
		fromSaved.values().forEach((f) -> f.ifPresent(claimed::add));
		Map<Integer, Optional<String>> changes = new HashMap<>(fromSaved);
		for (ColumnMatch column : current.columns()) {
			if (!fromSaved.containsKey(column.index()) && column.field().filter(claimed::contains).isPresent()) {
				changes.put(column.index(), Optional.empty());
			}
		}
		ColumnMapping mapping = current.assign(type, changes);
		shaping.check(type, mapping);
		Map<Integer, String> reasons = new LinkedHashMap<>();
		String reason = saved.name().map((n) -> "From the saved mapping '" + n + "'").orElse("Learned");
		fromSaved.keySet().forEach((i) -> reasons.put(i, reason));
		return new Recall(mapping, shaping, reasons, Optional.of(saved));
	}

	private static Optional<Recall> sameHeaders(ImportType type, List<String> headers, ColumnMapping plain,
			SavedMapping saved) {
		Map<Integer, Integer> moved = positions(saved.headers(), headers);
		if (moved.size() != headers.size() || saved.columns().size() != headers.size()) {
			return Optional.empty();
		}
		List<ColumnMatch> columns = new ArrayList<>(plain.columns());
		Map<Integer, String> reasons = new LinkedHashMap<>();
		String reason = saved.name()
			.map((n) -> "From the saved mapping '" + n + "' (same columns)")
			.orElse("Learned: mapped as in your last import with these columns");
		moved.forEach((from, to) -> {
			Optional<String> field = saved.columns().get(from).field().filter((f) -> type.findField(f).isPresent());
			ColumnMatch auto = plain.columns().get(to);
			List<String> suggestions = Stream.concat(auto.field().stream(), auto.suggestions().stream())
				.filter((f) -> !field.equals(Optional.of(f)))
				.distinct()
				.limit(ColumnMatch.MAX_SUGGESTIONS)
				.toList();
			columns.set(to, new ColumnMatch(to, auto.header(), field, field.isPresent() ? 1.0 : 0.0, suggestions));
			reasons.put(to, reason);
		});
		try {
			ColumnMapping mapping = new ColumnMapping(columns);
			Shaping shaping = saved.shaping().reindexed((i) -> Optional.ofNullable(moved.get(i)));
			shaping.check(type, mapping);
			return Optional.of(new Recall(mapping, shaping, reasons, Optional.of(saved)));
		}
		catch (IllegalArgumentException | MappingException ex) {
			// the type's fields changed since: fall back to learning header by header
			return Optional.empty();
		}
	}

	/**
	 * Saved column index to the index of the column with the same header in the file: the
	 * n-th occurrence of a header (in normal form) to its n-th occurrence.
	 */
	static Map<Integer, Integer> positions(List<String> savedHeaders, List<String> headers) {
		Map<String, List<Integer>> free = new HashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			free.computeIfAbsent(HeaderText.normalize(headers.get(i)), (k) -> new ArrayList<>()).add(i);
		}
		Map<Integer, Integer> moved = new LinkedHashMap<>();
		for (int i = 0; i < savedHeaders.size(); i++) {
			List<Integer> left = free.get(HeaderText.normalize(savedHeaders.get(i)));
			if (left != null && !left.isEmpty()) {
				moved.put(i, left.remove(0));
			}
		}
		return moved;
	}

	private static String learnedReason(ColumnMatch column, SavedMapping origin) {
		String what = column.field().map((f) -> "mapped to " + f).orElse("ignored");
		return origin.name()
			.map((n) -> "From the saved mapping '" + n + "': '" + column.header() + "' " + what)
			.orElse("Learned: '" + column.header() + "' was " + what + " in an earlier import");
	}

}
