package intake.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the generated benchmark files: {@code -Dintake.bench.file=...} or the
 * {@code bench/out} folder of the main checkout.
 */
public final class BenchFiles {

	private BenchFiles() {
	}

	public static Path companies(int rows) {
		String given = System.getProperty("intake.bench.file");
		if (given != null && !given.isBlank()) {
			return Path.of(given);
		}
		String name = "companies-" + rows + ".csv";
		for (Path dir : new Path[] { Path.of("bench/out"), Path.of("../main/bench/out"),
				Path.of("/work/main/bench/out"), Path.of("/tmp") }) {
			Path file = dir.resolve(name);
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		throw new IllegalStateException("No " + name + "; generate it with ../shared/tools/gen_companies.py " + rows
				+ " /tmp/" + name + " or pass -Dintake.bench.file=...");
	}

}
