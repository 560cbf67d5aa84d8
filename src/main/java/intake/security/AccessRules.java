package intake.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call what on the API: the one place where roles meet paths. Rules are tried in
 * order and the first whose method and path match decides; a request no rule matches is
 * for {@link Role#ADMIN} only (so an administrator gets the 404/405 of an unknown path
 * and nobody else learns of it). Every role acts only inside its own tenant; per-record
 * rules that paths cannot express (an importer may undo only their own imports, a user
 * sees only their own tokens) are checked by the endpoints themselves.
 *
 * <table>
 * <caption>The rules of {@link #API}</caption>
 * <tr>
 * <th>methods</th>
 * <th>path</th>
 * <th>roles</th>
 * </tr>
 * <tr>
 * <td>any</td>
 * <td>/api/v1/users/**</td>
 * <td>ADMIN</td>
 * </tr>
 * <tr>
 * <td>any</td>
 * <td>/api/v1/audit/**</td>
 * <td>ADMIN</td>
 * </tr>
 * <tr>
 * <td>PUT</td>
 * <td>/api/v1/settings</td>
 * <td>ADMIN</td>
 * </tr>
 * <tr>
 * <td>POST</td>
 * <td>/api/v1/records/{entity}/{id}/erase</td>
 * <td>ADMIN</td>
 * </tr>
 * <tr>
 * <td>any</td>
 * <td>/api/v1/tokens/**</td>
 * <td>ADMIN, IMPORTER, VIEWER</td>
 * </tr>
 * <tr>
 * <td>GET, HEAD</td>
 * <td>/api/v1/**</td>
 * <td>ADMIN, IMPORTER, VIEWER</td>
 * </tr>
 * <tr>
 * <td>POST, PUT, PATCH, DELETE</td>
 * <td>/api/v1/imports/**</td>
 * <td>ADMIN, IMPORTER</td>
 * </tr>
 * <tr>
 * <td>POST, PUT, PATCH, DELETE</td>
 * <td>/api/v1/records/**</td>
 * <td>ADMIN, IMPORTER</td>
 * </tr>
 * <tr>
 * <td>GET, HEAD</td>
 * <td>/v3/api-docs/**, /swagger-ui/**, /swagger-ui.html</td>
 * <td>ADMIN, IMPORTER, VIEWER</td>
 * </tr>
 * <tr>
 * <td>any</td>
 * <td>/actuator/health/**</td>
 * <td>anonymous</td>
 * </tr>
 * <tr>
 * <td>anything else</td>
 * <td>/api/**, /actuator/**, …</td>
 * <td>ADMIN</td>
 * </tr>
 * </table>
 *
 * <p>
 * The pages (form sign-in, session) follow {@link #PAGES} the same way, after the open
 * sign-in page, stylesheets and error page; any other page is for every signed-in user. A
 * role a page rule does not allow gets 403.
 *
 * <table>
 * <caption>The rules of {@link #PAGES}</caption>
 * <tr>
 * <th>methods</th>
 * <th>path</th>
 * <th>roles</th>
 * </tr>
 * <tr>
 * <td>any</td>
 * <td>/admin/users/**</td>
 * <td>ADMIN</td>
 * </tr>
 * <tr>
 * <td>any</td>
 * <td>/admin/audit/**</td>
 * <td>ADMIN</td>
 * </tr>
 * <tr>
 * <td>any</td>
 * <td>/admin/tokens/**</td>
 * <td>ADMIN, IMPORTER, VIEWER (own tokens)</td>
 * </tr>
 * <tr>
 * <td>POST, PUT, PATCH, DELETE</td>
 * <td>/imports/** (the wizard), /records/** (record edits)</td>
 * <td>ADMIN, IMPORTER</td>
 * </tr>
 * <tr>
 * <td>anything else</td>
 * <td>/**</td>
 * <td>ADMIN, IMPORTER, VIEWER</td>
 * </tr>
 * </table>
 */
public final class AccessRules {

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	private static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.IMPORTER);

	private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

	private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	/** The API's rules in the order they are tried; the first match decides. */
	public static final List<Rule> API = List.of(new Rule(Set.of(), "/api/v1/users/**", EnumSet.of(Role.ADMIN)),
			new Rule(Set.of(), "/api/v1/audit/**", EnumSet.of(Role.ADMIN)),
			new Rule(Set.of(HttpMethod.PUT), "/api/v1/settings", EnumSet.of(Role.ADMIN)),
			new Rule(Set.of(HttpMethod.POST), "/api/v1/records/*/*/erase", EnumSet.of(Role.ADMIN)),
			new Rule(Set.of(), "/api/v1/tokens/**", EVERYONE), new Rule(READS, "/api/v1/**", EVERYONE),
			new Rule(WRITES, "/api/v1/imports/**", WRITERS), new Rule(WRITES, "/api/v1/records/**", WRITERS),
			new Rule(READS, "/v3/api-docs/**", EVERYONE), new Rule(READS, "/swagger-ui/**", EVERYONE),
			new Rule(READS, "/swagger-ui.html", EVERYONE));

	/** The pages' rules in the order they are tried; the first match decides. */
	public static final List<Rule> PAGES = List.of(new Rule(Set.of(), "/admin/users/**", EnumSet.of(Role.ADMIN)),
			new Rule(Set.of(), "/admin/audit/**", EnumSet.of(Role.ADMIN)),
			new Rule(Set.of(), "/admin/tokens/**", EVERYONE), new Rule(WRITES, "/imports/**", WRITERS),
			new Rule(WRITES, "/records/**", WRITERS));

	/** The paths of the health check, open to anonymous callers (load balancers). */
	public static final String HEALTH = "/actuator/health/**";

	/** What no rule matches is for this role only. */
	public static final Role OTHERWISE = Role.ADMIN;

	private AccessRules() {
	}

	/**
	 * One rule.
	 *
	 * @param methods the HTTP methods it applies to; empty for every method
	 * @param pattern the path pattern ({@code PathPattern} syntax; {@code /x/**} matches
	 * {@code /x} too)
	 * @param roles the roles allowed
	 */
	public record Rule(Set<HttpMethod> methods, String pattern, Set<Role> roles) {

		public Rule {
			methods = Set.copyOf(methods);
			Objects.requireNonNull(pattern, "pattern");
			roles = Set.copyOf(roles);
		}

		String[] roleNames() {
			return this.roles.stream().map(Role::name).sorted().toArray(String[]::new);
		}

	}

	/**
	 * Applies the rules, the anonymous health check and the fallback to a filter chain.
	 */
	static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry) {
		registry.requestMatchers(HEALTH).permitAll();
		applyRules(registry, API);
		registry.anyRequest().hasRole(OTHERWISE.name());
	}

	/**
	 * Applies {@link #PAGES} to the pages' filter chain; any other page is for every
	 * signed-in user.
	 */
	static void applyPages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry) {
		applyRules(registry, PAGES);
		registry.anyRequest().authenticated();
	}

	private static void applyRules(
			AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry, List<Rule> rules) {
		for (Rule rule : rules) {
			if (rule.methods().isEmpty()) {
				registry.requestMatchers(rule.pattern()).hasAnyRole(rule.roleNames());
			}
			else {
				rule.methods()
					.stream()
					.sorted((a, b) -> a.name().compareTo(b.name()))
					.forEach((method) -> registry.requestMatchers(method, rule.pattern()).hasAnyRole(rule.roleNames()));
			}
		}
	}

}
