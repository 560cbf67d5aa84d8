package intake.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What the suite expects of a role, derived from {@link AccessRules} and the chains of
 * {@link SecurityConfiguration} — never a copy of their tables.
 */
final class Access {

	private Access() {
	}

	/** Whether the stateless API chain serves the path (else the page chain does). */
	static boolean api(String path) {
		return Arrays.stream(SecurityConfiguration.API_PATHS).anyMatch((pattern) -> matches(pattern, path));
	}

	/** Whether anyone, signed in or not, may call the path on the API chain. */
	static boolean open(String path) {
		return api(path) && matches(AccessRules.HEALTH, path);
	}

	/** Whether the page chain lets anyone call the path, signed in or not. */
	static boolean publicPage(String path) {
		return !api(path)
				&& Arrays.stream(SecurityConfiguration.PUBLIC_PAGES).anyMatch((pattern) -> matches(pattern, path));
	}

	/**
	 * The roles that may call a concrete path: on the API chain the first rule of
	 * {@link AccessRules#API} that matches decides, and {@link AccessRules#OTHERWISE}
	 * when none does; on the page chain the first rule of {@link AccessRules#PAGES} that
	 * matches decides, and otherwise every signed-in user may.
	 */
	static Set<Role> allowed(HttpMethod method, String path) {
		if (open(path)) {
			return EnumSet.allOf(Role.class);
		}
		boolean api = api(path);
		for (AccessRules.Rule rule : api ? AccessRules.API : AccessRules.PAGES) {
			if ((rule.methods().isEmpty() || rule.methods().contains(method)) && matches(rule.pattern(), path)) {
				return rule.roles();
			}
		}
		return api ? EnumSet.of(AccessRules.OTHERWISE) : EnumSet.allOf(Role.class);
	}

	static boolean matches(String pattern, String path) {
		return PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
	}

}
