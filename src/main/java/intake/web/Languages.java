package intake.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of the pages: Swedish or English. A {@code ?lang=sv|en} on any page
 * switches and is remembered in a cookie for a year; without that choice the browser's
 * languages decide: Swedish for a browser that prefers a Scandinavian language (Swedish,
 * Norwegian or Danish readers read Swedish more easily than English), otherwise English.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, SWEDISH);

	private static final List<String> SCANDINAVIAN = List.of("sv", "nb", "nn", "no", "da");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("intake-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(Languages::fromBrowser);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new SupportedOnly(change)).excludePathPatterns("/api/**");
	}

	/** The first of the browser's languages the pages speak, else English. */
	static Locale fromBrowser(HttpServletRequest request) {
		for (Locale locale : Collections.list(request.getLocales())) {
			if (SCANDINAVIAN.contains(locale.getLanguage())) {
				return SWEDISH;
			}
			if (locale.getLanguage().equals("en")) {
				return Locale.ENGLISH;
			}
		}
		return Locale.ENGLISH;
	}

}
