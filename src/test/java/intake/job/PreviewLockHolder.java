package intake.job;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Another process holding a job's preview lock, as another instance building the preview
 * does: takes the lock in the directory it is given, prints {@code held}, and releases it
 * when a line arrives on its input (then prints {@code released}).
 */
public final class PreviewLockHolder {

	private PreviewLockHolder() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 1 && args[1].equals("try")) {
			// one attempt, for a test holding the lock in its own process
			java.util.Optional<PreviewLock> lock = PreviewLock.tryTake(Path.of(args[0]));
			System.out.println(lock.isPresent() ? "taken" : "refused");
			lock.ifPresent(PreviewLock::close);
			return;
		}
		try (PreviewLock lock = waitFor(Path.of(args[0]))) {
			System.out.println(lock.held() ? "held" : "not held");
			System.out.flush();
			new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		}
		System.out.println("released");
		System.out.flush();
	}

	/** The lock, waited for as long as another holder keeps it. */
	static PreviewLock waitFor(Path directory) throws InterruptedException {
		while (true) {
			java.util.Optional<PreviewLock> lock = PreviewLock.tryTake(directory);
			if (lock.isPresent()) {
				return lock.get();
			}
			Thread.sleep(20);
		}
	}

	/** What a single attempt in a child JVM gets: {@code taken} or {@code refused}. */
	static String tryInAnotherProcess(Path directory) throws Exception {
		Process process = child(directory.toString(), "try");
		try {
			String answer = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
				.readLine();
			process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
			return answer;
		}
		finally {
			process.destroyForcibly();
		}
	}

	/** This class's main in a child JVM on this JVM's class path. */
	private static Process child(String... args) throws java.io.IOException {
		java.util.List<String> command = new java.util.ArrayList<>(
				java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m", "-cp",
						System.getProperty("java.class.path"), PreviewLockHolder.class.getName()));
		command.addAll(java.util.List.of(args));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
	}

	/**
	 * A holder started in a child JVM on this JVM's class path, once it holds the lock.
	 */
	static Child start(Path directory) throws Exception {
		Process process = child(directory.toString());
		Child child = new Child(process,
				new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
		String first = child.out.readLine();
		if (!"held".equals(first)) {
			process.destroyForcibly();
			throw new IllegalStateException("the holder said " + first);
		}
		return child;
	}

	/** The child process and its output. */
	record Child(Process process, BufferedReader out) implements AutoCloseable {

		/** Lets the child release the lock and waits for it to say so. */
		String release() throws Exception {
			this.process.getOutputStream().write('\n');
			this.process.getOutputStream().flush();
			return this.out.readLine();
		}

		@Override
		public void close() throws Exception {
			this.process.destroyForcibly().waitFor();
		}

	}

}
