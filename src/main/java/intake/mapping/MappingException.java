package intake.mapping;

import java.util.List;
import java.util.Optional;

/**
 * A mapping change the user asked for cannot be applied; the mapping it was asked of is
 * unchanged. The message names the columns (0-based index and header) and the field, in
 * words a person can act on.
 */
public final class MappingException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final MappingProblem problem;

	private final List<Integer> columns;

	private final String field;

	MappingException(MappingProblem problem, String message, List<Integer> columns, String field) {
		super(message);
		this.problem = problem;
		this.columns = List.copyOf(columns);
		this.field = field;
	}

	public MappingProblem problem() {
		return this.problem;
	}

	/** The 0-based indexes of the columns concerned, ascending; two for a duplicate. */
	public List<Integer> columns() {
		return this.columns;
	}

	/** The field key concerned. */
	public Optional<String> field() {
		return Optional.of(this.field).filter((f) -> !f.isEmpty());
	}

}
