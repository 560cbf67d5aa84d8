package intake.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for end-to-end tests against the running service. It calls as the
 * test administrator ({@link #ADMIN}, HTTP Basic) unless made to call as another user,
 * with an API token or anonymously.
 */
public final class Http {

	/** The first user, created on first start with {@link #ADMIN_PASSWORD}. */
	public static final String ADMIN = "admin";

	/**
	 * The password of {@link #ADMIN}: {@code intake.admin-password} of the test
	 * configuration ({@code src/test/resources/config/application.properties}).
	 */
	public static final String ADMIN_PASSWORD = "intake-test-admin-password";

	/** The {@code Authorization} header value of the test administrator. */
	public static final String ADMIN_AUTHORIZATION = basic(ADMIN, ADMIN_PASSWORD);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;

	private final String base;

	private final Optional<String> authorization;

	/** A client that calls as the test administrator. */
	public Http(int port) {
		this("http://localhost:" + port, Optional.of(ADMIN_AUTHORIZATION));
	}

	private Http(String base, Optional<String> authorization) {
		this(base, authorization, HttpClient.newHttpClient());
	}

	private Http(String base, Optional<String> authorization, HttpClient client) {
		this.base = base;
		this.authorization = authorization;
		this.client = client;
	}

	/** A client for the same service that calls with HTTP Basic as that user. */
	public Http as(String username, String password) {
		return new Http(this.base, Optional.of(basic(username, password)));
	}

	/**
	 * A browser for the same service: sends no credentials but keeps cookies (a session
	 * after a form sign-in) and, like every client here, follows no redirects.
	 */
	public Http browser() {
		return new Http(this.base, Optional.empty(),
				HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build());
	}

	/**
	 * A client for the same service that calls with
	 * {@code Authorization: Bearer <token>}.
	 */
	public Http withToken(String token) {
		return new Http(this.base, Optional.of("Bearer " + token));
	}

	/** A client for the same service that sends no credentials. */
	public Http anonymous() {
		return new Http(this.base, Optional.empty());
	}

	/** The {@code Authorization} header value of HTTP Basic. */
	public static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A response: status, body text, content type and headers.
	 *
	 * @param status the status
	 * @param body the body as text
	 * @param contentType the Content-Type, or empty
	 * @param headers every header, names lower-case
	 */
	public record Response(int status, String body, String contentType, Map<String, List<String>> headers) {

		public Response(int status, String body, String contentType) {
			this(status, body, contentType, Map.of());
		}

		public Response {
			headers = Map.copyOf(headers);
		}

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		/** The first value of a header, or null. */
		public String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values != null && !values.isEmpty()) ? values.get(0) : null;
		}

	}

	/**
	 * The import job once {@code condition} holds for it, polled every 20 ms.
	 * @throws AssertionError when the job cannot be read or the condition does not hold
	 * within 60 s
	 */
	public JsonNode waitForJob(String id, Predicate<JsonNode> condition) {
		return waitForJob(id, condition, Duration.ofSeconds(60));
	}

	/** Polls the job until it has the status; fails after 60 s. */
	public JsonNode waitForStatus(String id, String status) {
		return waitForJob(id, (job) -> status.equals(job.get("status").asString()));
	}

	/** Polls the job until the condition holds; fails after the timeout. */
	public JsonNode waitForJob(String id, Predicate<JsonNode> condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Response response = get("/api/v1/imports/" + id);
			if (response.status() != 200) {
				throw new AssertionError("GET import " + id + ": " + response.status() + " " + response.body());
			}
			JsonNode job = response.json();
			if (condition.test(job)) {
				return job;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Import " + id + " did not reach the expected state in " + timeout.toSeconds() + " s: "
				+ get("/api/v1/imports/" + id).body());
	}

	/** The absolute address of a path on this service. */
	public String url(String path) {
		return this.base + path;
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/** Posts {@code application/x-www-form-urlencoded} fields. */
	public Response form(String path, Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append((body.length() > 0) ? "&" : "")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	public Response put(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response post(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST((json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody()));
	}

	public Response patch(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response delete(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).DELETE());
	}

	/**
	 * Posts multipart/form-data: text fields and, when {@code file} is not null, a file
	 * part.
	 */
	public Response upload(String path, Map<String, String> fields, String fileName, byte[] file) {
		String boundary = "----intake" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			for (Map.Entry<String, String> field : fields.entrySet()) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			if (file != null) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
						+ fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.write(file);
				body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/**
	 * Posts a body of the given content type as it is, e.g. a hand-made multipart form.
	 */
	public Response postBody(String path, String contentType, byte[] body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/**
	 * Opens a stream of server-sent events and reads it up to the end of the first event
	 * (or, for an answer that is no stream, to its end), then closes it.
	 */
	public Response events(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/event-stream")
			.GET();
		this.authorization.ifPresent((value) -> request.header("Authorization", value));
		try {
			HttpResponse<java.io.InputStream> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofInputStream());
			String contentType = response.headers().firstValue("Content-Type").orElse("");
			StringBuilder body = new StringBuilder();
			try (java.io.BufferedReader reader = new java.io.BufferedReader(
					new java.io.InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				boolean stream = contentType.startsWith("text/event-stream");
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					body.append(line).append('\n');
					if (stream && line.isEmpty() && body.indexOf("data:") >= 0) {
						break;
					}
				}
			}
			return new Response(response.statusCode(), body.toString(), contentType, response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Response send(HttpRequest.Builder request) {
		this.authorization.ifPresent((value) -> request.header("Authorization", value));
		try {
			HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
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
