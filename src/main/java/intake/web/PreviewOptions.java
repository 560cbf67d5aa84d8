package intake.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import intake.job.JobOptions;
import intake.plan.RecordPlanner;
import intake.schema.FieldDef;
import intake.schema.ImportMode;
import intake.schema.ImportType;
import intake.schema.ImportTypes;

/**
 * What the options form of the preview offers for an import type, and the job's values.
 *
 * @param current the job's options
 * @param modes the modes the type can import in
 * @param defaultMode the type's default mode
 * @param matchOn the natural keys to match existing records on; the form offers them when
 * there is more than one
 * @param createMissing whether the type names company categories that can be created
 * @param stock whether the type sets stock levels (set or adjust)
 * @param updatePrices whether the type updates prices
 */
record PreviewOptions(JobOptions current, List<ImportMode> modes, ImportMode defaultMode,
		List<PreviewRows.Column> matchOn, boolean createMissing, boolean stock, boolean updatePrices) {

	static PreviewOptions of(ImportType type, JobOptions current, Locale locale) {
		List<ImportMode> modes = ImportTypes.companyKind(type).isPresent() ? List.of(ImportMode.values())
				: List.of(ImportMode.values()).stream().filter(RecordPlanner.supportedModes(type)::contains).toList();
		List<PreviewRows.Column> keys = type.fields()
			.stream()
			.filter(FieldDef::naturalKey)
			.filter((f) -> f.entity().equals(type.mainEntity()))
			.map((f) -> new PreviewRows.Column(f.key(), PreviewRows.label(type, f.key(), locale)))
			.toList();
		boolean categories = type.fields().stream().anyMatch((f) -> f.ref().equals(Optional.of("company-categories")));
		return new PreviewOptions(current, modes, type.defaultMode(), keys, categories, type.key().equals("stock"),
				type.key().equals("price-lists"));
	}

	/** Whether the user can choose among several match keys. */
	public boolean choosesMatchOn() {
		return this.matchOn.size() > 1;
	}

}
