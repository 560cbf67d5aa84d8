package intake.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import intake.job.Undos;
import intake.security.CurrentTenant;

/**
 * Adds {@code "undo"} to every job object the API answers with — the outcome of the undo
 * once the job is {@code UNDONE}, else null — single jobs and the items of the history
 * alike. The job row keeps it in its own column, so it is looked up only for undone jobs.
 */
@RestControllerAdvice
class JobUndo implements ResponseBodyAdvice<Object> {

	private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
	};

	private final Undos undos;

	private final CurrentTenant tenant;

	private final JsonMapper json;

	JobUndo(Undos undos, CurrentTenant tenant, JsonMapper json) {
		this.undos = undos;
		this.tenant = tenant;
		this.json = json;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof JobView job) {
			return withUndo(job);
		}
		if (body instanceof Map<?, ?> page && page.get("items") instanceof List<?> items && !items.isEmpty()
				&& items.get(0) instanceof JobView) {
			Map<Object, Object> copy = new LinkedHashMap<>(page);
			copy.put("items", items.stream().map((item) -> withUndo((JobView) item)).toList());
			return copy;
		}
		return body;
	}

	/** The job object of the caller's tenant with its {@code undo} figures. */
	Map<String, Object> withUndo(JobView job) {
		return withUndo(job, this.tenant.id());
	}

	/**
	 * The job object with its {@code undo} figures, on any thread (the event stream's
	 * poller runs outside requests).
	 */
	Map<String, Object> withUndo(JobView job, long tenantId) {
		Map<String, Object> object = this.json.convertValue(job, OBJECT);
		object.put("undo", job.status().equals("UNDONE") ? this.undos.outcome(tenantId, job.id()).orElse(null) : null);
		return object;
	}

}
