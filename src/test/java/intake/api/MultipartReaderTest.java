package intake.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import intake.support.Trickle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartReaderTest {

	private record Expected(String name, Optional<String> fileName, byte[] content) {
	}

	private static byte[] body(String boundary, String preamble, List<Expected> parts, String epilogue) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(preamble.getBytes(StandardCharsets.ISO_8859_1));
		for (Expected part : parts) {
			out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			String disposition = "form-data; name=\"" + part.name() + "\""
					+ part.fileName().map((f) -> "; filename=\"" + f + "\"").orElse("");
			out.writeBytes(("Content-Disposition: " + disposition + "\r\n").getBytes(StandardCharsets.UTF_8));
			if (part.fileName().isPresent()) {
				out.writeBytes("Content-Type: text/csv\r\n".getBytes(StandardCharsets.ISO_8859_1));
			}
			out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
			out.writeBytes(part.content());
			out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
		}
		out.writeBytes(("--" + boundary + "--" + epilogue).getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

	/**
	 * Content that keeps coming close to the delimiter: line breaks, dashes, the
	 * boundary's own prefixes, and the boundary without its leading line break.
	 */
	private static byte[] content(Random random, String boundary) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int pieces = random.nextInt(60);
		String delimiter = "\r\n--" + boundary;
		for (int i = 0; i < pieces; i++) {
			switch (random.nextInt(6)) {
				case 0 -> out.writeBytes(delimiter.substring(0, random.nextInt(delimiter.length()))
					.getBytes(StandardCharsets.ISO_8859_1));
				case 1 -> out.writeBytes(("--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
				case 2 -> out.writeBytes("\r\n\r\n-".getBytes(StandardCharsets.ISO_8859_1));
				case 3 -> {
					byte[] noise = new byte[random.nextInt(3000)];
					random.nextBytes(noise);
					out.writeBytes(noise);
				}
				default ->
					out.writeBytes(("Företag AB;556677-8899;Storgatan " + i + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
		}
		byte[] content = out.toByteArray();
		// a sender picks a boundary that its content does not hold
		boolean holds = new String(content, StandardCharsets.ISO_8859_1).contains(delimiter);
		return holds ? content(random, boundary) : content;
	}

	private static String boundary(Random random) {
		String chars = "abcdef0123456789-ABCXYZ'()+_,./:=?";
		StringBuilder b = new StringBuilder();
		int length = random.nextBoolean() ? 1 + random.nextInt(50) : MultipartReader.MAX_BOUNDARY - random.nextInt(3);
		for (int i = 0; i < length; i++) {
			b.append(chars.charAt(random.nextInt(chars.length())));
		}
		return b.toString();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
	void partsComeBackAsSentWhateverTheirContentAndTheReadSizes(long seed) throws IOException {
		Random random = new Random(seed);
		String boundary = boundary(random);
		List<Expected> parts = new ArrayList<>();
		int count = random.nextInt(5);
		for (int i = 0; i < count; i++) {
			Optional<String> fileName = random.nextBoolean() ? Optional.of("fil " + i + " åäö.csv") : Optional.empty();
			parts.add(new Expected("part" + i, fileName, content(random, boundary)));
		}
		String preamble = random.nextBoolean() ? "" : "This is the preamble.\r\n--not" + boundary + "\r\n";
		String epilogue = random.nextBoolean() ? "" : "\r\nan epilogue";
		byte[] body = body(boundary, preamble, parts, epilogue);
		MultipartReader reader = new MultipartReader(new Trickle(body, random, 1 + random.nextInt(70_000)), boundary,
				Long.MAX_VALUE, Long.MAX_VALUE);
		for (Expected expected : parts) {
			MultipartReader.Part part = reader.next().orElseThrow();
			assertThat(part.name()).isEqualTo(expected.name());
			assertThat(part.fileName()).isEqualTo(expected.fileName());
			assertThat(part.isFile()).isEqualTo(expected.fileName().isPresent());
			if (random.nextInt(5) == 0) {
				continue; // left unread: the next part skips it
			}
			ByteArrayOutputStream read = new ByteArrayOutputStream();
			byte[] chunk = new byte[1 + random.nextInt(20_000)];
			try (InputStream in = part.content()) {
				for (int n = in.read(chunk, 0, 1 + random.nextInt(chunk.length)); n >= 0; n = in.read(chunk, 0,
						1 + random.nextInt(chunk.length))) {
					read.write(chunk, 0, n);
				}
				assertThat(in.read()).isEqualTo(-1);
			}
			assertThat(read.toByteArray()).as("part %s of seed %d", expected.name(), seed)
				.isEqualTo(expected.content());
		}
		assertThat(reader.next()).isEmpty();
		assertThat(reader.next()).isEmpty();
	}

	@Test
	void aFileNameInUtf8AndAnRfc5987FileNameAreRead() throws IOException {
		String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Kunder Göteborg.csv\"\r\n\r\n"
				+ "a;b\r\n--b\r\nContent-Disposition: form-data; name=\"file2\"; filename*=UTF-8''K%C3%B6p.csv\r\n\r\n"
				+ "x\r\n--b--\r\n";
		MultipartReader reader = reader(body.getBytes(StandardCharsets.UTF_8), "b", Long.MAX_VALUE, Long.MAX_VALUE);
		assertThat(reader.next().orElseThrow().fileName()).contains("Kunder Göteborg.csv");
		assertThat(reader.next().orElseThrow().fileName()).contains("Köp.csv");
		assertThat(reader.next()).isEmpty();
	}

	@Test
	void anEmptyFileNameStillMakesAFilePartAndAPartWithoutDispositionHasNoName() throws IOException {
		String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n\r\n"
				+ "--b\r\n\r\nbare\r\n--b  \r\nContent-Disposition: form-data;\r\n name=\"folded\"\r\n\r\nv\r\n--b--";
		MultipartReader reader = reader(body.getBytes(StandardCharsets.UTF_8), "b", Long.MAX_VALUE, Long.MAX_VALUE);
		MultipartReader.Part file = reader.next().orElseThrow();
		assertThat(file.isFile()).isTrue();
		assertThat(file.content().readAllBytes()).isEmpty();
		MultipartReader.Part bare = reader.next().orElseThrow();
		assertThat(bare.name()).isEmpty();
		assertThat(bare.isFile()).isFalse();
		assertThat(new String(bare.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("bare");
		MultipartReader.Part folded = reader.next().orElseThrow();
		assertThat(folded.name()).isEqualTo("folded");
		assertThat(new String(folded.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("v");
		assertThat(reader.next()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ncut off",
			"--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--b",
			"--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--bX\r\n",
			"--b\r\nContent-Disposition: form-data; name=\"a\"", "no boundary at all", "",
			"--b\r\nContent-Disposition: form-data; name=\"\r\n\r\nv\r\n--b--",
			"--b\r\nContent-Disposition: form-data; name=\"a\"; filename=\"\r\n\r\nv\r\n--b--" })
	void aBodyThatBreaksTheFramingIsMalformed(String body) {
		assertThatThrownBy(() -> {
			MultipartReader reader = reader(body.getBytes(StandardCharsets.UTF_8), "b", Long.MAX_VALUE, Long.MAX_VALUE);
			for (Optional<MultipartReader.Part> part = reader.next(); part.isPresent(); part = reader.next()) {
				part.get().content().readAllBytes();
			}
		}).isInstanceOf(MultipartReader.MalformedException.class);
	}

	@Test
	void aBoundaryOfMoreThanTheLimitIsRefusedAndAnEmptyReadReadsNothing() throws IOException {
		assertThatThrownBy(() -> reader(new byte[0], "b".repeat(MultipartReader.MAX_BOUNDARY + 1), 1, 1))
			.isInstanceOf(IllegalArgumentException.class);
		MultipartReader reader = reader("--b\r\n\r\nv\r\n--b--".getBytes(StandardCharsets.UTF_8), "b", Long.MAX_VALUE,
				Long.MAX_VALUE);
		InputStream content = reader.next().orElseThrow().content();
		assertThat(content.read(new byte[4], 0, 0)).isZero();
		assertThat(content.readAllBytes()).containsExactly('v');
		assertThat(content.read(new byte[4], 0, 0)).isZero();
		assertThat(content.read()).isEqualTo(-1);
	}

	@Test
	void aFailingRequestStreamIsABodyReadFailure() {
		InputStream broken = new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("connection reset");
			}
		};
		assertThatThrownBy(() -> new MultipartReader(broken, "b", Long.MAX_VALUE, Long.MAX_VALUE).next())
			.isInstanceOf(MultipartReader.BodyReadException.class)
			.hasMessageContaining("connection reset");
	}

	@Test
	void headersLongerThanTheLimitAreMalformed() {
		String body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Long: " + "x".repeat(20_000)
				+ "\r\n\r\nv\r\n--b--";
		assertThatThrownBy(
				() -> reader(body.getBytes(StandardCharsets.UTF_8), "b", Long.MAX_VALUE, Long.MAX_VALUE).next())
			.isInstanceOf(MultipartReader.MalformedException.class)
			.hasMessageContaining("16384");
	}

	@Test
	void aFileAboveItsLimitAndABodyAboveItsLimitAreTooLarge() throws IOException {
		byte[] body = ("--b\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + "c".repeat(100)
				+ "\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\n\r\n"
				+ "x".repeat(1000) + "\r\n--b--")
			.getBytes(StandardCharsets.UTF_8);
		// a field is not held to the file limit
		MultipartReader fileLimited = reader(body, "b", Long.MAX_VALUE, 999);
		assertThat(fileLimited.next().orElseThrow().content().readAllBytes()).hasSize(100);
		InputStream file = fileLimited.next().orElseThrow().content();
		assertThatThrownBy(file::readAllBytes).isInstanceOf(MultipartReader.TooLargeException.class);
		MultipartReader exact = reader(body, "b", Long.MAX_VALUE, 1000);
		exact.next();
		assertThat(exact.next().orElseThrow().content().readAllBytes()).hasSize(1000);
		assertThat(exact.next()).isEmpty();
		assertThatThrownBy(() -> {
			MultipartReader bodyLimited = reader(body, "b", body.length - 1, Long.MAX_VALUE);
			bodyLimited.next();
			bodyLimited.next().orElseThrow().content().readAllBytes();
			bodyLimited.next();
		}).isInstanceOf(MultipartReader.TooLargeException.class);
	}

	private static MultipartReader reader(byte[] body, String boundary, long sizeMax, long fileSizeMax) {
		return new MultipartReader(new ByteArrayInputStream(body), boundary, sizeMax, fileSizeMax);
	}

}
