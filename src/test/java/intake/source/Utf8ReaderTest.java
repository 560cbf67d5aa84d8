package intake.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import intake.support.Trickle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Utf8Reader} against the JDK's reader with replacement, on seeded byte soups of
 * ASCII runs, å ä ö, three- and four-byte letters, stray and truncated bytes, delivered
 * in pieces of random sizes and read with random lengths.
 */
class Utf8ReaderTest {

	static long[] seeds() {
		return new Random(7).longs(200).toArray();
	}

	private static byte[] soup(Random random, boolean malformed) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String[] pieces = { "Företag AB;556677-8899;", "Åsa Öberg;", "Malmö", "€", "𝄞 notes", "\r\n",
				"a;b;c;d;e;f;g;h", "\"quoted; å\"", "日本語", "x" };
		int count = random.nextInt(400);
		for (int i = 0; i < count; i++) {
			if (malformed && random.nextInt(12) == 0) {
				int kind = random.nextInt(6);
				switch (kind) {
					case 0 -> out.write(0x80 + random.nextInt(0x40)); // a stray
																		// continuation
					case 1 -> out.write(0xF5 + random.nextInt(11)); // never a lead byte
					case 2 -> out.writeBytes(new byte[] { (byte) 0xE0, (byte) 0x80, (byte) 0x80 }); // overlong
					case 3 -> out.writeBytes(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }); // surrogate
					case 4 -> out.writeBytes(new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 });
					default -> out.write(0xC3); // a lead byte without its continuation
				}
			}
			else {
				out.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
			}
		}
		if (malformed && random.nextBoolean()) {
			out.writeBytes(new byte[] { (byte) 0xF0, (byte) 0x9D }); // truncated at the
																		// end
		}
		return out.toByteArray();
	}

	private static String read(Reader reader, Random random) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[300];
		while (true) {
			int length = random.nextInt(4) == 0 ? 1 : 1 + random.nextInt(buffer.length);
			int n = reader.read(buffer, 0, length);
			if (n < 0) {
				return text.toString();
			}
			assertThat(n).isBetween(1, length);
			text.append(buffer, 0, n);
		}
	}

	private static String jdk(byte[] bytes) throws IOException {
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE))) {
			return read(reader, new Random(0));
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void decodesAsTheJdkDoesWellFormedOrNot(long seed) throws IOException {
		Random random = new Random(seed);
		byte[] bytes = soup(random, random.nextBoolean());
		int buffer = random.nextBoolean() ? 16 + random.nextInt(40) : 64 * 1024;
		try (Utf8Reader reader = new Utf8Reader(new Trickle(bytes, random, 40), buffer)) {
			assertThat(read(reader, random)).as("seed %d", seed).isEqualTo(jdk(bytes));
		}
	}

	@Test
	void aSurrogatePairSplitByTheCallersBufferComesOutWhole() throws IOException {
		byte[] bytes = "a𝄞b".getBytes(StandardCharsets.UTF_8);
		try (Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes))) {
			char[] one = new char[1];
			StringBuilder text = new StringBuilder();
			for (int n = reader.read(one, 0, 1); n > 0; n = reader.read(one, 0, 1)) {
				text.append(one[0]);
			}
			assertThat(text.toString()).isEqualTo("a𝄞b");
			assertThat(reader.read(one, 0, 0)).isZero();
		}
	}

	@Test
	void theDecodedCodePointsFollowUnicodesTable() {
		assertThat(Utf8Reader.decode(new byte[] { (byte) 0xC3, (byte) 0xA5 }, 0, 2)).isEqualTo('å');
		assertThat(Utf8Reader.decode(new byte[] { (byte) 0xE2, (byte) 0x82, (byte) 0xAC }, 0, 3)).isEqualTo('€');
		assertThat(Utf8Reader.decode(new byte[] { (byte) 0xF0, (byte) 0x9D, (byte) 0x84, (byte) 0x9E }, 0, 4))
			.isEqualTo(0x1D11E);
		// overlong, surrogate, above U+10FFFF, a continuation missing
		assertThat(Utf8Reader.decode(new byte[] { (byte) 0xE0, (byte) 0x9F, (byte) 0xBF }, 0, 3)).isEqualTo(-1);
		assertThat(Utf8Reader.decode(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, 0, 3)).isEqualTo(-1);
		assertThat(Utf8Reader.decode(new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, 0, 4))
			.isEqualTo(-1);
		assertThat(Utf8Reader.decode(new byte[] { (byte) 0xC3, 'a' }, 0, 2)).isEqualTo(-1);
	}

}
