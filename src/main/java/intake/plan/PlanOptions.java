package intake.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import intake.schema.ImportMode;

/**
 * How the planner treats stored records.
 *
 * @param mode create, update or upsert
 * @param matchOn the natural keys that find a stored company; the name-and-postcode key
 * finds stored companies in {@link ImportMode#CREATE} only, so that a re-import does not
 * duplicate them
 * @param emptyCells whether empty cells of mapped columns clear stored values
 * @param mappedFields the field keys mapped to a column; fields not mapped are never
 * touched on stored records
 */
public record PlanOptions(ImportMode mode, Set<CompanyKey.Kind> matchOn, EmptyCellRule emptyCells,
		Set<String> mappedFields) {

	public PlanOptions {
		Objects.requireNonNull(mode, "mode");
		matchOn = Set.copyOf(matchOn);
		Objects.requireNonNull(emptyCells, "emptyCells");
		mappedFields = Set.copyOf(mappedFields);
	}

	/**
	 * Options from the API's spelling.
	 * @param mode the import mode
	 * @param matchOn natural-key field keys ({@code CompanyId}, {@code CompanyGovNo});
	 * others are ignored
	 * @param emptyCells the empty-cell rule
	 * @param mappedFields the mapped field keys
	 * @return the options
	 */
	public static PlanOptions of(ImportMode mode, List<String> matchOn, EmptyCellRule emptyCells,
			Set<String> mappedFields) {
		Set<CompanyKey.Kind> kinds = EnumSet.noneOf(CompanyKey.Kind.class);
		for (String key : matchOn) {
			switch (key) {
				case "CompanyId" -> kinds.add(CompanyKey.Kind.CUSTOMER_NO);
				case "CompanyGovNo" -> kinds.add(CompanyKey.Kind.GOV_NO);
				default -> {
				}
			}
		}
		return new PlanOptions(mode, kinds, emptyCells, mappedFields);
	}

	/** Create mode matching on both natural keys, every field counted as mapped. */
	public static PlanOptions create(Set<String> mappedFields) {
		return new PlanOptions(ImportMode.CREATE, EnumSet.of(CompanyKey.Kind.CUSTOMER_NO, CompanyKey.Kind.GOV_NO),
				EmptyCellRule.KEEP, mappedFields);
	}

	/** Whether a stored company is found by this kind of key. */
	boolean matchesBy(CompanyKey.Kind kind) {
		return (kind == CompanyKey.Kind.NAME_POSTCODE) ? this.mode == ImportMode.CREATE : this.matchOn.contains(kind);
	}

	boolean updates() {
		return this.mode != ImportMode.CREATE;
	}

	boolean creates() {
		return this.mode != ImportMode.UPDATE;
	}

}
