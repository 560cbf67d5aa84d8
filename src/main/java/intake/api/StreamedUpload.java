package intake.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.job.ImportJobs;

/**
 * Reads a multipart upload while it arrives: the file part streams straight into the
 * upload store (and its detection) instead of the servlet container first writing the
 * whole body to a temporary file and the store then copying it. Form fields come from the
 * query string and the parts; a field sent after the file still counts (the job's
 * creation then decides the file's settings anew).
 */
final class StreamedUpload {

	/** Form fields longer than this are refused; they are names and numbers. */
	private static final int FIELD_LIMIT = 8 * 1024;

	/** At most this many distinct fields are kept (the form has six). */
	private static final int FIELD_COUNT_LIMIT = 32;

	/** What the upload held once read to its end. */
	record Form(Map<String, String> fields, Optional<String> fileName, Optional<ImportJobs.Received> file) {

		Optional<String> field(String name) {
			return Optional.ofNullable(this.fields.get(name));
		}

	}

	/** Stores the file part's bytes as they arrive. */
	interface Receiver {

		/**
		 * @param content the file's bytes
		 * @param fields the form fields seen before the file
		 * @return the stored upload
		 */
		ImportJobs.Received receive(InputStream content, Map<String, String> fields);

	}

	private StreamedUpload() {
	}

	/**
	 * Reads the whole request body. The first part named {@code file} that has a file
	 * name is the file; other file parts are skipped.
	 * @param request a {@code multipart/form-data} request whose body nobody has read
	 * @param maxFileBytes the largest file accepted
	 * @param receiver stores the file
	 * @param discard drops a stored file when the rest of the body fails
	 * @return the fields and the stored file, if one came
	 * @throws MaxUploadSizeExceededException for a file above the limit
	 * @throws MultipartException for a body that is no readable multipart form
	 */
	static Form read(HttpServletRequest request, long maxFileBytes, Receiver receiver,
			java.util.function.Consumer<ImportJobs.Received> discard) {
		Map<String, String> fields = query(request.getQueryString());
		ImportJobs.Received file = null;
		String fileName = null;
		// a negative limit is Spring's "none"; the whole body: the file, a few short
		// fields and the parts' headers
		long fileMax = (maxFileBytes < 0) ? Long.MAX_VALUE : maxFileBytes;
		long sizeMax = (fileMax > Long.MAX_VALUE - 1024 * 1024) ? Long.MAX_VALUE : fileMax + 1024 * 1024;
		try {
			if (request.getContentLengthLong() > sizeMax) {
				throw new MultipartReader.TooLargeException("the body is larger than " + sizeMax + " bytes");
			}
			MultipartReader parts = new MultipartReader(request.getInputStream(), boundary(request.getContentType()),
					sizeMax, fileMax);
			for (Optional<MultipartReader.Part> next = parts.next(); next.isPresent(); next = parts.next()) {
				MultipartReader.Part item = next.get();
				if (!item.isFile()) {
					if (fields.size() >= FIELD_COUNT_LIMIT && !fields.containsKey(item.name())) {
						throw new ImportException(ErrorCode.BAD_REQUEST, "The form has more than " + FIELD_COUNT_LIMIT
								+ " fields; send 'file', 'type' and " + "the optional settings only.");
					}
					fields.put(item.name(), text(item));
				}
				else if (fileName == null && "file".equals(item.name())) {
					fileName = item.fileName().get();
					try (InputStream content = item.content()) {
						file = receiver.receive(content, Map.copyOf(fields));
					}
				}
			}
			return new Form(fields, Optional.ofNullable(fileName), Optional.ofNullable(file));
		}
		catch (IOException | RuntimeException ex) {
			if (file != null) {
				discard.accept(file);
			}
			throw refusal(ex, maxFileBytes);
		}
	}

	/** The boundary parameter of a multipart content type. */
	private static String boundary(String contentType) throws MultipartReader.MalformedException {
		String boundary;
		try {
			boundary = (contentType == null) ? null : MediaType.parseMediaType(contentType).getParameter("boundary");
		}
		catch (InvalidMediaTypeException ex) {
			throw new MultipartReader.MalformedException("the content type cannot be read: " + ex.getMessage());
		}
		if (boundary != null && boundary.length() >= 2 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
			boundary = boundary.substring(1, boundary.length() - 1);
		}
		if (boundary == null || boundary.isEmpty() || boundary.length() > MultipartReader.MAX_BOUNDARY) {
			throw new MultipartReader.MalformedException("the content type names no usable multipart boundary");
		}
		return boundary;
	}

	/**
	 * What a failed read answers: the size limit (413); a body that broke off, could not
	 * be read or is no multipart form (400, {@link MultipartException}); the user's own
	 * refusal; a failure to store the bytes stays a fault of ours.
	 */
	private static RuntimeException refusal(Exception ex, long maxFileBytes) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MultipartReader.TooLargeException) {
				return new MaxUploadSizeExceededException(maxFileBytes, ex);
			}
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MultipartReader.MalformedException
					|| cause instanceof MultipartReader.BodyReadException) {
				return new MultipartException("The multipart body could not be read: " + cause.getMessage(), ex);
			}
		}
		if (ex instanceof RuntimeException runtime) {
			return runtime;
		}
		// the request's own stream failed before the reader read from it
		return new MultipartException("The multipart body could not be read: " + ex.getMessage(), ex);
	}

	private static String text(MultipartReader.Part item) throws IOException {
		try (InputStream in = item.content()) {
			byte[] bytes = in.readNBytes(FIELD_LIMIT + 1);
			if (bytes.length > FIELD_LIMIT) {
				throw new ImportException(ErrorCode.BAD_REQUEST,
						"The form field '" + item.name() + "' is longer than " + FIELD_LIMIT + " bytes.");
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	private static Map<String, String> query(String query) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (query == null || query.isEmpty()) {
			return fields;
		}
		MultiValueMap<String, String> params = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
		for (Map.Entry<String, List<String>> param : params.entrySet()) {
			String value = param.getValue().isEmpty() || param.getValue().get(0) == null ? "" : param.getValue().get(0);
			fields.put(UriUtils.decode(param.getKey(), StandardCharsets.UTF_8),
					UriUtils.decode(value.replace('+', ' '), StandardCharsets.UTF_8));
		}
		return fields;
	}

}
