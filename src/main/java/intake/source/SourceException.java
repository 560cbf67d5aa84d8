package intake.source;

import java.util.Objects;

/**
 * A file that cannot be read as a table. {@link #getMessage()} is a sentence a person can
 * act on; {@link #problem()} classifies it for the caller.
 */
public final class SourceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final SourceProblem problem;

	SourceException(SourceProblem problem, String message) {
		super(Objects.requireNonNull(message, "message"));
		this.problem = Objects.requireNonNull(problem, "problem");
	}

	/**
	 * Returns the kind of problem.
	 * @return the problem, never {@code null}
	 */
	public SourceProblem problem() {
		return this.problem;
	}

}
