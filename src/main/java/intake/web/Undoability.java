package intake.web;

import java.time.OffsetDateTime;
import java.util.Optional;

import intake.job.ImportJob;

/**
 * Whether an import can be undone now, as {@code intake.job.Undos#undo} decides it, and
 * if not, the message key that says why: the history page offers undo only where it would
 * be accepted, and the undo page explains a refusal before anyone presses the button. An
 * undone import counts as refused here: undoing it again changes nothing.
 */
final class Undoability {

	private Undoability() {
	}

	/**
	 * Why the import cannot be undone now.
	 * @param job the import
	 * @param now the current time
	 * @return the message key of the reason; empty when undo is possible
	 */
	static Optional<String> refusal(ImportJob job, OffsetDateTime now) {
		return switch (job.status()) {
			case UNDONE -> Optional.of("undo.refused.undone");
			case UNDOING -> Optional.of("undo.refused.undoing");
			case COMPLETED, FAILED,
					CANCELLED ->
				job.undoableUntil()
					.filter((until) -> !now.isAfter(until))
					.map((until) -> Optional.<String>empty())
					.orElse(Optional.of("undo.refused.window"));
			default -> Optional.of("undo.refused.notFinished");
		};
	}

}
