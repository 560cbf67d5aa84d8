package intake.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.security.ApiToken;
import intake.security.ApiTokens;
import intake.security.AuditAction;
import intake.security.AuditLog;
import intake.security.CurrentUser;
import intake.security.IntakePrincipal;
import intake.security.Role;
import intake.security.UserAccount;
import intake.security.UserAccounts;

/**
 * API tokens, for every signed-in user: create (the plain token is in this one answer
 * only), list their own (an administrator the tenant's with {@code ?all=true}) and revoke
 * (their own; an administrator any of the tenant's). Someone else's token is 404 to a
 * user who may not revoke it.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensController {

	private final ApiTokens tokens;

	private final UserAccounts accounts;

	private final CurrentUser user;

	private final AuditLog audit;

	TokensController(ApiTokens tokens, UserAccounts accounts, CurrentUser user, AuditLog audit) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.user = user;
		this.audit = audit;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(@RequestBody NewToken body) {
		IntakePrincipal caller = this.user.principal();
		if (body.name() == null || body.name().isBlank() || body.name().strip().length() > 200) {
			throw new ImportException(ErrorCode.VALIDATION, "A token needs a name of 1 to 200 characters.",
					List.of(new ImportException.Detail(null, "name", null, "1 to 200 characters")));
		}
		ApiToken.Created created = this.tokens.create(caller.tenantId(), caller.userId(), body.name());
		ApiToken token = created.token();
		this.audit.record(AuditAction.TOKEN_CREATED, AuditLog.Target.record("token", token.id()), Map.of());
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", Long.toString(token.id()));
		view.put("name", token.name());
		view.put("token", created.plainToken());
		view.put("prefix", token.prefix());
		view.put("createdAt", token.createdAt());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id())).body(view);
	}

	@GetMapping
	Map<String, Object> list(@RequestParam(defaultValue = "false") boolean all) {
		IntakePrincipal caller = this.user.principal();
		if (all && caller.role() != Role.ADMIN) {
			throw new ImportException(ErrorCode.FORBIDDEN, "Only an administrator may list every token.");
		}
		List<ApiToken> found = all ? this.tokens.list(caller.tenantId())
				: this.tokens.listOfUser(caller.tenantId(), caller.userId());
		Map<Long, String> names = this.accounts.list(caller.tenantId())
			.stream()
			.collect(Collectors.toMap(UserAccount::id, UserAccount::username, (a, b) -> a));
		List<TokenView> items = found.stream().map((t) -> TokenView.of(t, names::get)).toList();
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("total", items.size());
		page.put("items", items);
		return page;
	}

	/** 204; revoking a revoked token again is harmless. */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable String id) {
		IntakePrincipal caller = this.user.principal();
		long tokenId = UsersController.parse(id);
		boolean revoked = (caller.role() == Role.ADMIN) ? this.tokens.revoke(caller.tenantId(), tokenId)
				: this.tokens.revokeOwn(caller.tenantId(), caller.userId(), tokenId);
		if (!revoked) {
			throw new ImportException(ErrorCode.NOT_FOUND, "There is no such token.");
		}
		this.audit.record(AuditAction.TOKEN_REVOKED, AuditLog.Target.record("token", tokenId), Map.of());
		return ResponseEntity.noContent().build();
	}

	record NewToken(String name) {
	}

	/** A token without its secret. */
	record TokenView(String id, String name, String prefix, String userId, String username, OffsetDateTime createdAt,
			OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, boolean revoked) {

		static TokenView of(ApiToken token, Function<Long, String> usernames) {
			return new TokenView(Long.toString(token.id()), token.name(), token.prefix(), Long.toString(token.userId()),
					usernames.apply(token.userId()), token.createdAt(), token.lastUsedAt().orElse(null),
					token.revokedAt().orElse(null), token.revoked());
		}

	}

}
