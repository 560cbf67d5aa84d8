package intake.plan;

import java.util.List;
import java.util.Objects;

import intake.validate.RowResult;

/**
 * One validated row handed to the planner.
 *
 * @param raw the row's cells as in the file
 * @param result the converted values and violations
 */
public record PlanInput(List<String> raw, RowResult result) {

	public PlanInput {
		raw = List.copyOf(raw);
		Objects.requireNonNull(result, "result");
	}

}
