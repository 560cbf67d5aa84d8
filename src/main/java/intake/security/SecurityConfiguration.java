package intake.security;

import java.time.Clock;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two filter chains. The API chain ({@code /api/**}, the OpenAPI description, the
 * Swagger UI and the actuator) is stateless: HTTP Basic or an API token on every request,
 * JSON 401/403/429 and never a redirect, no CSRF (no cookies are involved). Every other
 * path (the login page, the administration pages and, later, the wizard) signs in through
 * the form at {@code /login}, keeps the sign-in in the HTTP session and is
 * CSRF-protected. Who may call or open what is {@link AccessRules}, for both chains. Both
 * chains send the same security headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/** The paths of the stateless chain. */
	static final String[] API_PATHS = { "/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
			"/actuator/**" };

	/** The paths of the page chain that need no sign-in. */
	static final String[] PUBLIC_PAGES = { "/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error" };

	@Bean
	LoginAttempts loginAttempts(SecuritySettings settings) {
		return new LoginAttempts(settings.maxFailedLogins(), settings.failedLoginWindow(), Clock.systemUTC());
	}

	@Bean
	AuthenticationManager intakeAuthenticationManager(UserAccounts accounts, PasswordEncoder passwords,
			LoginAttempts attempts, ApplicationEventPublisher events) {
		ProviderManager manager = new ProviderManager(
				new PasswordAuthenticationProvider(accounts, passwords, attempts));
		// failures reach SignInAudit; throttled attempts map to no event
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authentication, ApiTokens tokens,
			LoginAttempts attempts, JsonMapper json) throws Exception {
		JsonErrors errors = new JsonErrors(json);
		ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(errors);
		http.securityMatcher(API_PATHS).authenticationManager(authentication).authorizeHttpRequests((requests) -> {
			requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll();
			AccessRules.apply(requests);
		})
			.httpBasic(
					(basic) -> basic.realmName(ApiAuthenticationEntryPoint.REALM).authenticationEntryPoint(entryPoint))
			.addFilterBefore(new BearerTokenFilter(tokens, attempts, entryPoint), BasicAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler((request, response, ex) -> errors.write(response, 403, "FORBIDDEN",
						"Your role may not do this.")))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager authentication, UserAccounts accounts,
			JsonMapper json) throws Exception {
		JsonErrors errors = new JsonErrors(json);
		SimpleUrlAuthenticationFailureHandler badPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
		http.authenticationManager(authentication).authorizeHttpRequests((requests) -> {
			requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(PUBLIC_PAGES)
				.permitAll();
			AccessRules.applyPages(requests);
		}).formLogin((form) -> form.loginPage("/login").failureHandler((request, response, ex) -> {
			if (ex instanceof LoginThrottledException throttled) {
				errors.tooManyRequests(response, throttled);
			}
			else {
				badPassword.onAuthenticationFailure(request, response, ex);
			}
		}))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.addFilterBefore(new SessionRefresh(accounts), AuthorizationFilter.class)
			.httpBasic((basic) -> basic.disable())
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentTypeOptions(Customizer.withDefaults())
			.frameOptions((frames) -> frames.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new ContentSecurityPolicy());
	}

}
