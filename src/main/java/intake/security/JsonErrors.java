package intake.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Writes the API's JSON error body ({@code {"error", "message", "details"}}, as
 * {@code intake.api.ApiError}) from the security filters, which run before any
 * controller.
 */
final class JsonErrors {

	private final JsonMapper json;

	JsonErrors(JsonMapper json) {
		this.json = json;
	}

	void write(HttpServletResponse response, int status, String code, String message) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", code);
		body.put("message", message);
		body.put("details", List.of());
		response.setStatus(status);
		response.setCharacterEncoding(UTF_8.name());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(body));
	}

	void tooManyRequests(HttpServletResponse response, LoginThrottledException ex) throws IOException {
		response.setHeader("Retry-After", Long.toString(ex.retryAfter().toSeconds()));
		write(response, 429, "TOO_MANY_REQUESTS", ex.getMessage());
	}

}
