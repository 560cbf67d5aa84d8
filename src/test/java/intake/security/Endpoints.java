package intake.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the running service serves, read from Spring's handler mappings: the
 * application's {@code requestMappingHandlerMapping} and every other mapping built on
 * request mappings (the actuator's, for one). Nothing is listed by hand, so an endpoint
 * added later is covered without touching the isolation suite — or fails it until the
 * suite's tables know how to call it.
 */
final class Endpoints {

	/**
	 * Handlers the suite does not call, each with its reason. Nothing else is skipped.
	 */
	private static final Map<String, String> IGNORED = Map.of(
			// Spring Boot's error controller: reached only by error dispatches, which
			// both
			// filter chains let through; a direct call answers the error page of the
			// status.
			"org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController", "Spring's error controller",
			// springdoc's OpenAPI description and Swagger UI redirects: documentation of
			// the API, no tenant data; SecurityContract checks that they need sign-in.
			"org.springdoc.", "springdoc's endpoints");

	private Endpoints() {
	}

	/**
	 * One endpoint.
	 *
	 * @param method the HTTP method
	 * @param pattern the path pattern as mapped, e.g. {@code /api/v1/imports/{id}}
	 * @param produces what it produces (empty when not declared)
	 * @param consumes what it consumes (empty when not declared)
	 * @param handler the handler method, for messages
	 */
	record Endpoint(HttpMethod method, String pattern, Set<MediaType> produces, Set<MediaType> consumes,
			String handler) {

		Endpoint {
			produces = Set.copyOf(produces);
			consumes = Set.copyOf(consumes);
		}

		/** Whether it answers a stream of server-sent events. */
		boolean streams() {
			return this.produces.contains(MediaType.TEXT_EVENT_STREAM);
		}

		/** Whether it takes multipart/form-data. */
		boolean multipart() {
			return this.consumes.contains(MediaType.MULTIPART_FORM_DATA);
		}

		/** Whether it is served by the stateless API chain (else by the page chain). */
		boolean api() {
			return Access.api(this.pattern);
		}

		boolean reads() {
			return this.method == HttpMethod.GET || this.method == HttpMethod.HEAD;
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern + " (" + this.handler + ")";
		}

	}

	/**
	 * Every endpoint of every request-mapping handler mapping, but the ignored ones,
	 * ordered by pattern and method. A mapping without methods counts as GET and POST.
	 */
	static List<Endpoint> of(ApplicationContext context) {
		Set<String> seen = new TreeSet<>();
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				RequestMappingInfo info = entry.getKey();
				String handler = entry.getValue().getBeanType().getName() + "."
						+ entry.getValue().getMethod().getName();
				if (ignored(handler)) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					methods = Set.of(RequestMethod.GET, RequestMethod.POST);
				}
				for (String pattern : info.getPatternValues()) {
					for (RequestMethod method : methods) {
						if (seen.add(method + " " + pattern)) {
							endpoints.add(new Endpoint(method.asHttpMethod(), pattern,
									info.getProducesCondition().getProducibleMediaTypes(),
									info.getConsumesCondition().getConsumableMediaTypes(), handler));
						}
					}
				}
			}
		}
		endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing((e) -> e.method().name()));
		return endpoints;
	}

	private static boolean ignored(String handler) {
		return IGNORED.keySet().stream().anyMatch(handler::startsWith);
	}

}
