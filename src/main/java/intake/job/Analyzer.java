package intake.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import intake.mapping.ColumnMapping;
import intake.mapping.ColumnMatch;
import intake.mapping.HeaderMatcher;
import intake.schema.ImportType;
import intake.source.RowSource;
import intake.validate.ColumnProfile;

/**
 * The analysis of a stored file: its format and settings decided ({@link SourceDecider}),
 * then one streaming pass that reads the header, counts the rows and profiles every
 * column ({@link ProfilingPass}, two threads); then header matching. Column profiles are
 * kept in memory per job and file settings, and rebuilt by another pass when missing
 * (after a restart).
 */
@Component
class Analyzer {

	private final Map<String, Profile> profiles = new ConcurrentHashMap<>();

	/** What one pass learned about a file's columns. */
	private record Profile(List<ColumnProfile> columns, long[] maxNumbers) {
	}

	/**
	 * What an analysis found.
	 *
	 * @param profiledEarly whether the profiling pass made while the upload was stored
	 * was used
	 */
	record Result(JobSource source, List<JobColumn> columns, long rows, boolean profiledEarly) {
	}

	/**
	 * Decides how the stored file is read and profiles its rows.
	 * @param detected the encoding and delimiter detected while the upload was stored,
	 * under the same choices of the user
	 * @param early a profiling pass made while the upload was stored: used when it read
	 * the file exactly as decided now
	 */
	Result analyse(String jobId, Path file, ImportType type, SourceRequest request,
			java.util.Optional<intake.source.Detection> detected, java.util.Optional<EarlyProfile.Pass> early) {
		JobSource jobSource = SourceDecider.decide(file, request, detected);
		List<String> header;
		ProfilingPass.Result pass;
		java.util.Optional<EarlyProfile.Pass> made = early.filter((p) -> p.readKey().equals(jobSource.readKey()));
		if (made.isPresent()) {
			header = made.get().header();
			pass = made.get().result();
		}
		else {
			try (RowSource source = jobSource.open(file)) {
				header = source.header();
				pass = ProfilingPass.run(source);
			}
		}
		long rows = pass.rows();
		List<ColumnProfile> columnProfiles = pass.profiles();
		this.profiles.put(profileKey(jobId, jobSource), new Profile(columnProfiles, pass.maxNumbers()));
		ColumnMapping mapping = new HeaderMatcher(type).match(header);
		List<JobColumn> columns = new ArrayList<>(header.size());
		for (ColumnMatch match : mapping.columns()) {
			List<String> samples = (match.index() < columnProfiles.size()) ? columnProfiles.get(match.index()).samples()
					: List.of();
			columns.add(new JobColumn(match.index(), match.header(), match.field().orElse(null), match.confidence(),
					match.suggestions(), samples));
		}
		return new Result(jobSource, columns, rows, made.isPresent());
	}

	/** The column profiles of a job's file, from memory or from a new pass. */
	List<ColumnProfile> profiles(ImportJob job, Path file) {
		return profile(job, file).columns();
	}

	/**
	 * The largest purely numeric customer number the file gives (the column mapped to
	 * {@code CompanyId}), 0 when none: companies without one are numbered after it.
	 */
	long maxCustomerNumber(ImportJob job, Path file) {
		long[] max = profile(job, file).maxNumbers();
		return job.columns()
			.stream()
			.filter((c) -> "CompanyId".equals(c.field()) && c.index() < max.length)
			.mapToLong((c) -> max[c.index()])
			.max()
			.orElse(0);
	}

	private Profile profile(ImportJob job, Path file) {
		return this.profiles.computeIfAbsent(profileKey(job.id(), job.source()), (key) -> {
			try (RowSource source = job.source().open(file)) {
				ProfilingPass.Result pass = ProfilingPass.run(source);
				return new Profile(pass.profiles(), pass.maxNumbers());
			}
		});
	}

	void forget(String jobId) {
		this.profiles.keySet().removeIf((key) -> key.startsWith(jobId + "|"));
	}

	private static String profileKey(String jobId, JobSource source) {
		return jobId + "|" + source.readKey();
	}

}
