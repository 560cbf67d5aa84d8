package intake.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lets an upload above the size limit reach the upload page, which answers with the limit
 * (413) instead of a fault. Tomcat refuses to read the parameters of a multipart body
 * above {@code spring.servlet.multipart.max-file-size}; for {@code POST /imports} this
 * filter, ahead of Spring Security, then answers parameter look-ups from the query string
 * alone — where the upload form puts the type and the CSRF token for this reason — so
 * that the CSRF check passes and the parts' own failure surfaces in the handler as
 * {@code MaxUploadSizeExceededException} ({@link StartPagesAdvice}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OversizedUploads extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || !"/imports".equals(request.getRequestURI()) || type == null
				|| !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new QueryWhenBodyRefused(request), response);
	}

	/**
	 * A request whose parameters come from the query string when the body's are refused.
	 */
	private static final class QueryWhenBodyRefused extends HttpServletRequestWrapper {

		QueryWhenBodyRefused(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterValues(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			return getParameterMap().get(name);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			try {
				return super.getParameterMap();
			}
			catch (IllegalStateException refused) {
				return query();
			}
		}

		private Map<String, String[]> query() {
			String query = (getQueryString() != null) ? getQueryString() : "";
			Map<String, String[]> parameters = new LinkedHashMap<>();
			UriComponentsBuilder.fromUriString("/?" + query)
				.build()
				.getQueryParams()
				.forEach((name, values) -> parameters.put(decode(name),
						values.stream().map(QueryWhenBodyRefused::decode).toArray(String[]::new)));
			return parameters;
		}

		private static String decode(String text) {
			return (text == null) ? "" : URLDecoder.decode(text, StandardCharsets.UTF_8);
		}

	}

}
