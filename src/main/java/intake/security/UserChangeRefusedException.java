package intake.security;

import java.util.List;
import java.util.Objects;

/**
 * A change to users that {@link UserAdministration} refuses, with the reason and, for bad
 * values, one problem per field. Messages name fields and rules, never the password.
 */
public final class UserChangeRefusedException extends RuntimeException {

	private final Reason reason;

	private final List<Problem> problems;

	UserChangeRefusedException(Reason reason, String message, List<Problem> problems) {
		super(message);
		this.reason = Objects.requireNonNull(reason, "reason");
		this.problems = List.copyOf(problems);
	}

	public Reason reason() {
		return this.reason;
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** Why a change was refused. */
	public enum Reason {

		/**
		 * A value breaks a rule: username, password policy, role, or a username some user
		 * already has (usernames are global).
		 */
		INVALID,

		/** The change would leave the tenant without an enabled administrator. */
		LAST_ADMIN

	}

	/**
	 * One bad field.
	 *
	 * @param field {@code username}, {@code password}, {@code role} or {@code disabled}
	 * @param code what is wrong, as a key for translated texts, e.g.
	 * {@code password.short}
	 * @param message what is wrong, for a person, in English
	 */
	public record Problem(String field, String code, String message) {
	}

}
