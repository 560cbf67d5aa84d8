package intake.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.security.AuditAction;
import intake.security.AuditLog;
import intake.security.CurrentTenant;
import intake.security.UserAccount;
import intake.security.UserAccounts;
import intake.security.UserAdministration;
import intake.security.UserChangeRefusedException;

/**
 * The tenant's users, for administrators ({@code AccessRules}): list, create, change
 * role, password or disabled state, and disable. A bad value or a taken username is 422
 * {@code VALIDATION} naming the field; leaving the tenant without an enabled
 * administrator is 409 {@code WRONG_STATE}; another tenant's user is 404.
 */
@RestController
@RequestMapping("/api/v1/users")
class UsersController {

	private final UserAccounts accounts;

	private final UserAdministration administration;

	private final CurrentTenant tenant;

	private final AuditLog audit;

	UsersController(UserAccounts accounts, UserAdministration administration, CurrentTenant tenant, AuditLog audit) {
		this.accounts = accounts;
		this.administration = administration;
		this.tenant = tenant;
		this.audit = audit;
	}

	@GetMapping
	Map<String, Object> list() {
		List<UserView> users = this.accounts.list(this.tenant.id()).stream().map(UserView::of).toList();
		Map<String, Object> page = new java.util.LinkedHashMap<>();
		page.put("total", users.size());
		page.put("items", users);
		return page;
	}

	@PostMapping
	ResponseEntity<UserView> create(@RequestBody NewUser body) {
		UserAccount user;
		try {
			user = this.administration.create(this.tenant.id(), body.username(), body.password(), body.role());
		}
		catch (UserChangeRefusedException ex) {
			throw refused(ex);
		}
		this.audit.record(AuditAction.USER_CREATED, AuditLog.Target.record("user", user.id()),
				Map.of("role", user.role()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserView.of(user));
	}

	@GetMapping("/{id}")
	UserView get(@PathVariable String id) {
		return UserView.of(this.accounts.find(this.tenant.id(), parse(id)).orElseThrow(UsersController::notFound));
	}

	@PatchMapping("/{id}")
	UserView change(@PathVariable String id, @RequestBody UserChange body) {
		UserAdministration.Change change = new UserAdministration.Change(Optional.ofNullable(body.role()),
				Optional.ofNullable(body.password()), Optional.ofNullable(body.disabled()));
		if (change.isEmpty()) {
			throw new ImportException(ErrorCode.VALIDATION, "Name at least one of role, password and disabled.");
		}
		UserView user = UserView.of(apply(parse(id), change));
		this.audit.record(AuditAction.USER_CHANGED, AuditLog.Target.record("user", parse(id)), changed(change));
		return user;
	}

	/** Disables the user (they keep their history); 200 with the user. */
	@DeleteMapping("/{id}")
	UserView disable(@PathVariable String id) {
		UserView user = UserView
			.of(apply(parse(id), new UserAdministration.Change(Optional.empty(), Optional.empty(), Optional.of(true))));
		this.audit.record(AuditAction.USER_DISABLED, AuditLog.Target.record("user", parse(id)), Map.of());
		return user;
	}

	private UserAccount apply(long id, UserAdministration.Change change) {
		try {
			return this.administration.change(this.tenant.id(), id, change).orElseThrow(UsersController::notFound);
		}
		catch (UserChangeRefusedException ex) {
			throw refused(ex);
		}
	}

	/** What changed, by name; the new role and state, never the password. */
	private static Map<String, Object> changed(UserAdministration.Change change) {
		Map<String, Object> details = new java.util.TreeMap<>();
		change.role().ifPresent((role) -> details.put("role", role.strip().toUpperCase(java.util.Locale.ROOT)));
		change.password().ifPresent((password) -> details.put("password", "changed"));
		change.disabled().ifPresent((disabled) -> details.put("disabled", disabled));
		return details;
	}

	static ImportException refused(UserChangeRefusedException ex) {
		return switch (ex.reason()) {
			case INVALID -> new ImportException(ErrorCode.VALIDATION, ex.getMessage(),
					ex.problems()
						.stream()
						.map((p) -> new ImportException.Detail(null, p.field(), null, p.message()))
						.toList());
			case LAST_ADMIN -> new ImportException(ErrorCode.WRONG_STATE, ex.getMessage());
		};
	}

	static long parse(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw notFound();
		}
	}

	private static ImportException notFound() {
		return new ImportException(ErrorCode.NOT_FOUND, "There is no such user.");
	}

	record NewUser(String username, String password, String role) {
	}

	record UserChange(String role, String password, Boolean disabled) {
	}

	/** A user in the API: ids are strings, never the password hash. */
	record UserView(String id, String username, String role, OffsetDateTime createdAt, boolean disabled,
			OffsetDateTime disabledAt) {

		static UserView of(UserAccount user) {
			return new UserView(Long.toString(user.id()), user.username(), user.role().name(), user.createdAt(),
					!user.enabled(), user.disabledAt().orElse(null));
		}

	}

}
