package intake.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import intake.mapping.ColumnMapping;
import intake.mapping.ColumnMatch;
import intake.mapping.LearnedMappings;
import intake.mapping.SavedMapping;
import intake.mapping.SavedMappings;
import intake.schema.ImportType;
import intake.schema.ImportTypes;

/**
 * The tenant's saved and learned mappings: listed, saved under a name from an import,
 * deleted; recalled when a file is analysed and learned when an import starts. Every call
 * acts within one tenant.
 */
@Service
public class Mappings {

	private final SavedMappings saved;

	private final JobRepository jobs;

	Mappings(SavedMappings saved, JobRepository jobs) {
		this.saved = saved;
		this.jobs = jobs;
	}

	/**
	 * The tenant's mappings, most recently used first.
	 * @param type an import type key, or empty for all
	 * @throws ImportException {@code UNKNOWN_TYPE} for a type that does not exist
	 */
	public List<SavedMapping> list(long tenantId, Optional<String> type) {
		type.ifPresent((t) -> ImportTypes.find(t)
			.orElseThrow(() -> new ImportException(ErrorCode.UNKNOWN_TYPE, "Unknown import type '" + t + "'.")));
		return this.saved.list(tenantId, type);
	}

	/** One mapping; {@code NOT_FOUND} when the tenant has none with this id. */
	public SavedMapping get(long tenantId, String id) {
		return this.saved.find(tenantId, id)
			.orElseThrow(() -> new ImportException(ErrorCode.NOT_FOUND, "There is no saved mapping " + id + "."));
	}

	/**
	 * Saves the current mapping of an import under a name (replacing the type's mapping
	 * of that name).
	 */
	public SavedMapping saveFrom(long tenantId, String jobId, String name) {
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			throw new ImportException(ErrorCode.VALIDATION, "Give the mapping a name of 1 to 200 characters in 'name'.",
					List.of(new ImportException.Detail(null, "name", name, "name is required")));
		}
		if (jobId == null || jobId.isBlank()) {
			throw new ImportException(ErrorCode.VALIDATION, "Name the import to save the mapping of in 'fromImport'.");
		}
		ImportJob job = this.jobs.find(tenantId, jobId.strip())
			.orElseThrow(() -> new ImportException(ErrorCode.NOT_FOUND, "There is no import " + jobId + "."));
		ImportType type = ImportTypes.get(job.type());
		return this.saved.save(tenantId, job.type(), name.strip(), columnsOf(type, job), job.shaping());
	}

	/** Deletes a mapping; {@code NOT_FOUND} when the tenant has none with this id. */
	public void delete(long tenantId, String id) {
		if (!this.saved.delete(tenantId, id)) {
			throw new ImportException(ErrorCode.NOT_FOUND, "There is no saved mapping " + id + ".");
		}
	}

	/** Step 1 of header matching for freshly analysed columns. */
	ImportJob recall(ImportJob job) {
		ImportType type = ImportTypes.get(job.type());
		List<String> headers = job.columns().stream().map(JobColumn::header).toList();
		LearnedMappings.Recall recall = LearnedMappings.recall(type, headers,
				this.saved.list(job.tenantId(), Optional.of(job.type())));
		List<JobColumn> columns = new ArrayList<>();
		for (ColumnMatch match : recall.mapping().columns()) {
			JobColumn analysed = job.columns().get(match.index());
			columns.add(new JobColumn(match.index(), match.header(), match.field().orElse(null), match.confidence(),
					match.suggestions(), analysed.samples(), recall.reasons().get(match.index())));
		}
		return job.withMapping(columns, recall.shaping());
	}

	/** Remembers the mapping of an import that starts. */
	void learn(ImportJob job) {
		this.saved.learn(job.tenantId(), job.type(), columnsOf(ImportTypes.get(job.type()), job), job.shaping());
	}

	/** A saved mapping to apply to a job of the given type. */
	SavedMapping forType(long tenantId, String id, String type) {
		SavedMapping mapping = get(tenantId, id);
		if (!mapping.type().equals(type)) {
			throw new ImportException(ErrorCode.VALIDATION,
					"The saved mapping " + id + " is for " + mapping.type() + " files, not " + type + ".");
		}
		return mapping;
	}

	/** Counts a use of a saved mapping. */
	void markUsed(long tenantId, String id) {
		this.saved.markUsed(tenantId, id);
	}

	private static List<SavedMapping.Column> columnsOf(ImportType type, ImportJob job) {
		ColumnMapping mapping = MappingEditor.columnMapping(job);
		return SavedMapping.columnsOf(type, mapping, job.shaping());
	}

}
