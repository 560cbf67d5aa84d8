package intake.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The {@code Content-Security-Policy} of every response: only this origin's scripts,
 * styles and images (and {@code data:} images), no plugins, no framing, forms only to
 * this origin. The Swagger UI pages ({@code /swagger-ui/**}) alone may use inline styles,
 * which the Swagger UI bundle sets on its elements; their scripts stay same-origin.
 */
final class ContentSecurityPolicy implements HeaderWriter {

	/** The policy of every page and API response. */
	static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** The policy of the Swagger UI: {@link #STRICT} with inline styles. */
	static final String SWAGGER_UI = STRICT.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader("Content-Security-Policy")) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			response.setHeader("Content-Security-Policy", path.startsWith("/swagger-ui/") ? SWAGGER_UI : STRICT);
		}
	}

}
