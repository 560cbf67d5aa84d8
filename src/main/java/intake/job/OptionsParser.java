package intake.job;

import java.util.List;
import java.util.Locale;

import intake.schema.FieldDef;
import intake.schema.ImportMode;
import intake.schema.ImportType;

/**
 * Applies an options change, checking each value.
 */
final class OptionsParser {

	private OptionsParser() {
	}

	static JobOptions apply(ImportType type, JobOptions current, OptionsChange change) {
		ImportMode mode = change.mode().map((m) -> parse(ImportMode.class, "mode", m)).orElse(current.mode());
		List<String> matchOn = change.matchOn().orElse(current.matchOn());
		if (!intake.schema.ImportTypes.companyKind(type).isPresent()
				&& !intake.plan.RecordPlanner.supportedModes(type).contains(mode)) {
			throw new ImportException(ErrorCode.VALIDATION,
					"mode " + mode.name() + " is not possible here: " + intake.plan.RecordPlanner.modeMessage(type));
		}
		boolean keyed = type.fields().stream().anyMatch(FieldDef::naturalKey);
		if (matchOn.isEmpty() && keyed) {
			throw new ImportException(ErrorCode.VALIDATION,
					"matchOn needs at least one natural key of " + type.key() + ", e.g. CompanyGovNo.");
		}
		for (String key : matchOn) {
			if (key == null) {
				throw new ImportException(ErrorCode.VALIDATION, "matchOn takes field keys, not null.");
			}
			FieldDef field = type.findField(key)
				.orElseThrow(() -> new ImportException(ErrorCode.UNKNOWN_FIELD,
						"matchOn names '" + key + "', which is not a field of " + type.key() + "."));
			if (!field.naturalKey()) {
				throw new ImportException(ErrorCode.VALIDATION, "matchOn takes natural keys; " + key + " is not one.");
			}
		}
		ErrorPolicy onError = change.onError()
			.map((v) -> parse(ErrorPolicy.class, "onError", v))
			.orElse(current.onError());
		EmptyCells emptyCells = change.emptyCells()
			.map((v) -> parse(EmptyCells.class, "emptyCells", v))
			.orElse(current.emptyCells());
		StockMode stock = change.stock().map((v) -> parse(StockMode.class, "stock", v)).orElse(current.stock());
		return new JobOptions(mode, matchOn.stream().distinct().toList(), onError, emptyCells,
				change.createMissing().orElse(current.createMissing()), stock,
				change.updatePrices().orElse(current.updatePrices()), change.nullTokens().orElse(current.nullTokens()));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
			throw new ImportException(ErrorCode.VALIDATION,
					"'" + value + "' is not a value of " + option + "; use one of " + String.join(", ", allowed) + ".");
		}
	}

}
