package intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Lets a {@code ?lang=} through to the {@link LocaleChangeInterceptor} only when it names
 * a language of {@link Languages#SUPPORTED}; any other value is ignored, so a cookie
 * never holds a language the pages do not speak.
 */
final class SupportedOnly implements HandlerInterceptor {

	private final LocaleChangeInterceptor change;

	SupportedOnly(LocaleChangeInterceptor change) {
		this.change = change;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws jakarta.servlet.ServletException {
		String lang = request.getParameter(this.change.getParamName());
		if (lang != null && Languages.SUPPORTED.stream().anyMatch((l) -> l.getLanguage().equals(lang))) {
			return this.change.preHandle(request, response, handler);
		}
		return true;
	}

}
