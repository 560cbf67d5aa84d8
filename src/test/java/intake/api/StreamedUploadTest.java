package intake.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link StreamedUpload} answers for bodies it must refuse: the API maps a
 * {@link MaxUploadSizeExceededException} to 413 and a {@link MultipartException} to 400.
 */
class StreamedUploadTest {

	private final List<byte[]> received = new ArrayList<>();

	private final StreamedUpload.Receiver receiver = (content, fields) -> {
		try {
			this.received.add(content.readAllBytes());
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	};

	private static MockHttpServletRequest request(String contentType, byte[] body, boolean declareLength) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/imports");
		request.setContentType(contentType);
		request.setContent(body);
		if (!declareLength) {
			request.removeHeader("Content-Length");
		}
		return request;
	}

	private static byte[] body(String boundary, String fileContent) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\ncompanies\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"k.csv\"\r\n\r\n"
				+ fileContent + "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	@Test
	void aFileWithinTheLimitIsReceivedWithTheFieldsBeforeIt() {
		byte[] body = body("xyz", "a;b\r\n1;2");
		StreamedUpload.Form form = StreamedUpload.read(request("multipart/form-data; boundary=\"xyz\"", body, true), 8,
				this.receiver, (file) -> {
				});
		assertThat(form.field("type")).contains("companies");
		assertThat(form.fileName()).contains("k.csv");
		assertThat(this.received).singleElement().isEqualTo("a;b\r\n1;2".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aFileAboveTheLimitIsRefusedAsTooLargeWhetherOrNotTheBodyDeclaresItsLength() {
		byte[] body = body("xyz", "a;b\r\n1;2");
		for (boolean declared : new boolean[] { true, false }) {
			assertThatThrownBy(() -> StreamedUpload.read(request("multipart/form-data; boundary=xyz", body, declared),
					7, this.receiver, (file) -> {
					}))
				.isInstanceOf(MaxUploadSizeExceededException.class);
		}
		// a body declared larger than the limit allows is refused before it is read
		MockHttpServletRequest huge = new MockHttpServletRequest("POST", "/api/v1/imports") {
			@Override
			public long getContentLengthLong() {
				return 5L * 1024 * 1024;
			}
		};
		huge.setContentType("multipart/form-data; boundary=xyz");
		huge.setContent(body);
		assertThatThrownBy(() -> StreamedUpload.read(huge, 1024, this.receiver, (file) -> {
		})).isInstanceOf(MaxUploadSizeExceededException.class);
		assertThat(this.received).isEmpty();
	}

	@Test
	void onlyTheFirstFilePartIsReceivedAndANegativeLimitMeansNone() {
		byte[] body = ("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nfirst\r\n"
				+ "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.csv\"\r\n\r\nsecond\r\n"
				+ "--x\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\ncompanies\r\n--x--")
			.getBytes(StandardCharsets.UTF_8);
		StreamedUpload.Form form = StreamedUpload.read(request("multipart/form-data; boundary=x", body, true), -1,
				this.receiver, (file) -> {
				});
		assertThat(form.fileName()).contains("a.csv");
		assertThat(form.field("type")).contains("companies");
		assertThat(this.received).singleElement().isEqualTo("first".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aBodyThatBreaksOffWhileTheFileIsStoredIsAMultipartError() {
		byte[] body = body("xyz", "a;b\r\n".repeat(50_000));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/imports") {
			@Override
			public jakarta.servlet.ServletInputStream getInputStream() {
				java.io.InputStream in = new java.io.ByteArrayInputStream(body, 0, body.length / 2);
				return new org.springframework.mock.web.DelegatingServletInputStream(new java.io.FilterInputStream(in) {
					@Override
					public int read() throws IOException {
						int b = super.read();
						if (b < 0) {
							throw new IOException("Connection reset by peer");
						}
						return b;
					}

					@Override
					public int read(byte[] b, int off, int len) throws IOException {
						int n = super.read(b, off, len);
						if (n < 0) {
							throw new IOException("Connection reset by peer");
						}
						return n;
					}
				});
			}
		};
		request.setContentType("multipart/form-data; boundary=xyz");
		// the store wraps what it cannot read in an UncheckedIOException, as UploadStore
		// does
		StreamedUpload.Receiver wrapping = (content, fields) -> {
			try {
				content.readAllBytes();
				return null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
		assertThatThrownBy(() -> StreamedUpload.read(request, 10_000_000, wrapping, (file) -> {
		})).isInstanceOf(MultipartException.class).hasMessageContaining("Connection reset by peer");
	}

	@Test
	void aBodyWithoutAUsableBoundaryOrCutOffIsAMultipartError() {
		byte[] body = body("xyz", "a;b");
		for (String type : new String[] { "multipart/form-data", "multipart/form-data; boundary=", "text/csv",
				"multipart/form-data; boundary=\"" + "b".repeat(201) + "\"", "not a type" }) {
			assertThatThrownBy(() -> StreamedUpload.read(request(type, body, true), 1024, this.receiver, (file) -> {
			})).as(type).isInstanceOf(MultipartException.class);
		}
		byte[] cut = java.util.Arrays.copyOf(body, body.length - 12);
		List<Object> discarded = new ArrayList<>();
		assertThatThrownBy(() -> StreamedUpload.read(request("multipart/form-data; boundary=xyz", cut, true), 1024,
				this.receiver, discarded::add))
			.isInstanceOf(MultipartException.class)
			.hasMessageContaining("closing boundary");
	}

}
