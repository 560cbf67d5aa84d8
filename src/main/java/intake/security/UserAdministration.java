package intake.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import intake.security.UserChangeRefusedException.Problem;
import intake.security.UserChangeRefusedException.Reason;

/**
 * What an administrator may do to the users of their tenant, with the rules the store
 * leaves to its callers: the password policy (at least {@value #MIN_PASSWORD} characters,
 * at most 72 bytes, which is what bcrypt reads, and not the username) and that a tenant
 * never loses its last enabled administrator. Refusals are
 * {@link UserChangeRefusedException}s; another tenant's user is absent. Thread-safe.
 */
@Component
public class UserAdministration {

	/** The shortest password allowed, in characters. */
	public static final int MIN_PASSWORD = 12;

	private final UserAccounts accounts;

	private final TransactionTemplate transactions;

	UserAdministration(UserAccounts accounts, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Creates a user in the tenant.
	 * @param role the role's name ({@code ADMIN}, {@code IMPORTER}, {@code VIEWER})
	 * @throws UserChangeRefusedException for a bad or taken username, a password the
	 * policy refuses or an unknown role
	 */
	public UserAccount create(long tenantId, String username, String password, String role) {
		List<Problem> problems = new ArrayList<>();
		String name = null;
		try {
			name = UserAccounts.normalize(username);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("username", "username.invalid",
					"A username has 1 to 200 characters and no spaces or colons."));
		}
		checkPassword(password, name, problems);
		Optional<Role> parsed = role(role, problems);
		refuseIf(problems);
		try {
			return this.accounts.create(tenantId, name, password, parsed.orElseThrow());
		}
		catch (UsernameTakenException ex) {
			throw new UserChangeRefusedException(Reason.INVALID, "The username is taken.",
					List.of(new Problem("username", "username.taken", "The username " + name + " is taken.")));
		}
	}

	/**
	 * Changes a user of the tenant; the parts given are applied together or not at all.
	 * @return the changed user, or empty when the tenant has no such user
	 * @throws UserChangeRefusedException for a bad password or role, or when the change
	 * would leave the tenant without an enabled administrator
	 */
	public Optional<UserAccount> change(long tenantId, long userId, Change change) {
		Objects.requireNonNull(change, "change");
		return this.transactions.execute((status) -> {
			List<Long> admins = this.accounts.lockActiveAdmins(tenantId);
			Optional<UserAccount> found = this.accounts.find(tenantId, userId);
			if (found.isEmpty()) {
				return Optional.<UserAccount>empty();
			}
			UserAccount user = found.get();
			List<Problem> problems = new ArrayList<>();
			Optional<Role> role = change.role().flatMap((r) -> role(r, problems));
			change.password().ifPresent((p) -> checkPassword(p, user.username(), problems));
			refuseIf(problems);
			boolean losesAdmin = admins.contains(userId)
					&& (change.disabled().orElse(false) || role.map((r) -> r != Role.ADMIN).orElse(false));
			if (losesAdmin && admins.size() == 1) {
				throw new UserChangeRefusedException(Reason.LAST_ADMIN,
						"This is the tenant's last enabled administrator; make another user an administrator first.",
						List.of());
			}
			role.ifPresent((r) -> this.accounts.changeRole(tenantId, userId, r));
			change.password().ifPresent((p) -> this.accounts.changePassword(tenantId, userId, p));
			change.disabled().ifPresent((disabled) -> {
				if (disabled) {
					this.accounts.disable(tenantId, userId);
				}
				else {
					this.accounts.enable(tenantId, userId);
				}
			});
			return this.accounts.find(tenantId, userId);
		});
	}

	private static Optional<Role> role(String role, List<Problem> problems) {
		try {
			return Optional.of(Role.valueOf(Objects.requireNonNull(role).strip().toUpperCase(Locale.ROOT)));
		}
		catch (RuntimeException ex) {
			problems.add(new Problem("role", "role.invalid", "The role is ADMIN, IMPORTER or VIEWER."));
			return Optional.empty();
		}
	}

	private static void checkPassword(String password, String username, List<Problem> problems) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
			problems.add(new Problem("password", "password.short",
					"A password has at least " + MIN_PASSWORD + " characters."));
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
			problems.add(new Problem("password", "password.long", "A password has at most 72 bytes in UTF-8."));
		}
		else if (username != null && password.strip().equalsIgnoreCase(username)) {
			problems.add(new Problem("password", "password.username", "A password must not be the username."));
		}
	}

	private static void refuseIf(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new UserChangeRefusedException(Reason.INVALID, "The user was not saved: check the fields.", problems);
		}
	}

	/**
	 * A change to a user; empty parts stay as they are.
	 *
	 * @param role the new role's name
	 * @param password the new password, checked against the policy
	 * @param disabled {@code true} disables the user, {@code false} enables them again
	 */
	public record Change(Optional<String> role, Optional<String> password, Optional<Boolean> disabled) {

		public Change {
			Objects.requireNonNull(role, "role");
			Objects.requireNonNull(password, "password");
			Objects.requireNonNull(disabled, "disabled");
		}

		public boolean isEmpty() {
			return this.role.isEmpty() && this.password.isEmpty() && this.disabled.isEmpty();
		}

	}

}
