package intake.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import intake.web.EncodingMarks.Mark;
import intake.web.EncodingMarks.Segment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nordic words and mojibake are cut out of a cell as the source page marks them.
 */
class EncodingMarksTest {

	@Test
	void aWordWithANordicLetterIsMarkedWhole() {
		assertThat(EncodingMarks.of("Åre Fjällhotell AB")).containsExactly(new Segment("Åre", Mark.NORDIC),
				new Segment(" ", Mark.NONE), new Segment("Fjällhotell", Mark.NORDIC), new Segment(" AB", Mark.NONE));
		assertThat(EncodingMarks.of("Smørrebrød og Æbler")).extracting(Segment::mark)
			.containsExactly(Mark.NORDIC, Mark.NONE, Mark.NORDIC);
	}

	@Test
	void textWithoutNordicLettersIsOnePlainSegment() {
		assertThat(EncodingMarks.of("Stockholm, Sweden  "))
			.containsExactly(new Segment("Stockholm, Sweden  ", Mark.NONE));
		assertThat(EncodingMarks.of("")).isEmpty();
	}

	@Test
	void utf8ReadAsWindows1252IsMarkedGarbledNotNordic() {
		String garbled = new String("Malmö Åre Ärla Öland Ørsta Æble åsa".getBytes(StandardCharsets.UTF_8),
				Charset.forName("windows-1252"));
		List<Segment> segments = EncodingMarks.of(garbled);
		assertThat(segments).filteredOn(Segment::garbled)
			.extracting(Segment::text)
			.containsExactly("Ã¶", "Ã…", "Ã„", "Ã–", "Ã˜", "Ã†", "Ã¥");
		// each shown next to the letter the file most likely means
		assertThat(segments).filteredOn(Segment::garbled)
			.extracting(Segment::meant)
			.containsExactly("ö", "Å", "Ä", "Ö", "Ø", "Æ", "å");
		assertThat(segments).noneMatch(Segment::nordic);
		assertThat(segments.get(0)).isEqualTo(new Segment("Malm", Mark.NONE));
	}

	@Test
	void utf8ReadAsLatin1AndTheReplacementCharacterAreGarbled() {
		String latin1 = new String("Göteborg Ære".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
		assertThat(EncodingMarks.of(latin1)).filteredOn(Segment::garbled)
			.extracting(Segment::meant)
			.containsExactly("ö", "Æ");
		assertThat(EncodingMarks.of("G\uFFFDteborg")).containsExactly(new Segment("G", Mark.NONE),
				new Segment("\uFFFD", Mark.GARBLED), new Segment("teborg", Mark.NONE));
		assertThat(EncodingMarks.of("Ã¤r")).containsExactly(new Segment("Ã¤", Mark.GARBLED, "ä"),
				new Segment("r", Mark.NONE));
	}

	@Test
	void markupInACellStaysText() {
		assertThat(EncodingMarks.of("<script>å</script>"))
			.containsExactly(new Segment("<script>å</script>", Mark.NORDIC));
	}

}
