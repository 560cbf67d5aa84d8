package intake.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for page tests: keeps the session cookie, follows no redirects, signs in
 * through the login form and reads CSRF tokens from pages. Sends {@code Accept-Language}
 * when given one.
 */
public final class FormBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final String language;

	public FormBrowser(int port) {
		this(port, "en");
	}

	public FormBrowser(int port, String language) {
		this.base = "http://localhost:" + port;
		this.language = language;
	}

	/** Signs in through the form; the answer is the redirect (302). */
	public Http.Response login(String username, String password) {
		return post("/login", Map.of("username", username, "password", password), csrf("/login"));
	}

	public Http.Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/** Posts form fields with the CSRF token read from {@code page}. */
	public Http.Response submit(String page, String action, Map<String, String> fields) {
		return post(action, fields, csrf(page));
	}

	/** Posts form fields without a CSRF token. */
	public Http.Response postWithoutToken(String action, Map<String, String> fields) {
		return post(action, fields, null);
	}

	/**
	 * Posts multipart/form-data: text fields and, when {@code file} is not null, a file
	 * part named {@code file}. No CSRF token is added: put it in the fields or in the
	 * action's query ({@link #csrf(String)}).
	 */
	public Http.Response upload(String action, Map<String, String> fields, String fileName, byte[] file) {
		String boundary = "----intake" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		if (file != null) {
			body.writeBytes(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
							+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** The CSRF token of the first form on a page. */
	public String csrf(String page) {
		String html = get(page).body();
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token on " + page + ": " + html);
		}
		return matcher.group(1);
	}

	private Http.Response post(String action, Map<String, String> fields, String csrf) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.put("_csrf", csrf);
		}
		StringBuilder body = new StringBuilder();
		all.forEach((name, value) -> body.append((body.length() > 0) ? "&" : "")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	private Http.Response send(HttpRequest.Builder request) {
		request.header("Accept-Language", this.language);
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Http.Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
