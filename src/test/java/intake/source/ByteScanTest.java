package intake.source;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detection scans take runs of plain bytes a word at a time; fed the same bytes in
 * large chunks they must end exactly where they end when fed one byte per call (which
 * never takes the word path, and is the former byte-by-byte algorithm).
 */
class ByteScanTest {

	private static final byte[][] PIECES = { ascii("abcdefgh"), ascii("Nordic AB;"), ascii("12345678"), ascii("\""),
			ascii("\"\""), ascii("\r\n"), ascii("\n"), ascii("\r"), ascii(";"), ascii(" "), { 0 }, { 0, 0, 0 },
			{ 0x01 }, { 0x1A }, { 0x0B }, ascii("\t"), utf8("å"), utf8("Östergård"), utf8("€"), utf8("\uD83D\uDE00"),
			{ (byte) 0xC3 }, { (byte) 0xE2, (byte) 0x82 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
			{ (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0xC0, (byte) 0xAF }, { (byte) 0xFF },
			{ (byte) 0x81 }, { (byte) 0x86 }, { (byte) 0x94 }, { (byte) 0x9B },
			{ (byte) 0xB0, (byte) 0xB0, (byte) 0xB0 }, { (byte) 0xC4, (byte) 0xC4, (byte) 0xC4, (byte) 0xC4 },
			{ (byte) 0xDB }, { (byte) 0xE5 }, { (byte) 0xF8 }, ascii("x"), ascii("\"quoted\r\nfield\"") };

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 })
	void wordAtATimeScansEqualByteAtATimeScans(long seed) {
		Random random = new Random(seed);
		for (int round = 0; round < 300; round++) {
			byte[] bytes = bytes(random, seed % 2 == 0);
			Utf8Validator utf8 = new Utf8Validator();
			DosCodePageSignal dos = new DosCodePageSignal();
			TextStats stats = new TextStats();
			Utf8Validator utf8Single = new Utf8Validator();
			DosCodePageSignal dosSingle = new DosCodePageSignal();
			TextStats statsSingle = new TextStats();
			int offset = 0;
			while (offset < bytes.length) {
				int chunk = Math.min(bytes.length - offset, 1 + random.nextInt(100));
				utf8.update(bytes, offset, chunk);
				dos.update(bytes, offset, chunk);
				stats.update(bytes, offset, chunk);
				offset += chunk;
			}
			for (int i = 0; i < bytes.length; i++) {
				utf8Single.update(bytes, i, 1);
				dosSingle.update(bytes, i, 1);
				statsSingle.update(bytes, i, 1);
			}
			String input = "seed " + seed + " round " + round;
			assertThat(utf8.isValid()).as(input).isEqualTo(utf8Single.isValid());
			assertThat(utf8.nonAsciiSequences()).as(input).isEqualTo(utf8Single.nonAsciiSequences());
			assertThat(dos.hits()).as(input).isEqualTo(dosSingle.hits());
			assertThat(stats.units()).as(input).isEqualTo(statsSingle.units());
			assertThat(stats.nuls()).as(input).isEqualTo(statsSingle.nuls());
			assertThat(stats.controls()).as(input).isEqualTo(statsSingle.controls());
			assertThat(stats.hasContent()).as(input).isEqualTo(statsSingle.hasContent());
			assertThat(stats.lineEndings()).as(input).isEqualTo(statsSingle.lineEndings());
			assertThat(utf8.isValid()).as(input).isEqualTo(strictUtf8(bytes));
		}
	}

	private static byte[] bytes(Random random, boolean mostlyText) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int pieces = random.nextInt(200);
		for (int i = 0; i < pieces; i++) {
			byte[] piece = (mostlyText && random.nextInt(4) > 0) ? PIECES[random.nextInt(3)]
					: PIECES[random.nextInt(PIECES.length)];
			out.writeBytes(piece);
		}
		return out.toByteArray();
	}

	private static boolean strictUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
