package intake.source;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * What was decided about a file's bytes: its charset and its delimiter, each with a
 * confidence between 0 and 1 and whether the user gave it. A given value always has
 * confidence 1.0.
 *
 * @param charset the charset the file is read with, never {@code null}
 * @param charsetGiven whether the user chose the charset
 * @param charsetConfidence 0..1, how sure the detection is about the charset
 * @param delimiter the field delimiter
 * @param delimiterGiven whether the user chose the delimiter
 * @param delimiterConfidence 0..1, how sure the detection is about the delimiter
 * @param warnings human sentences about the file as a whole, never {@code null}
 */
public record Detection(Charset charset, boolean charsetGiven, double charsetConfidence, char delimiter,
		boolean delimiterGiven, double delimiterConfidence, List<String> warnings) {

	public Detection {
		Objects.requireNonNull(charset, "charset");
		warnings = List.copyOf(warnings);
		if (charsetConfidence < 0 || charsetConfidence > 1 || delimiterConfidence < 0 || delimiterConfidence > 1) {
			throw new IllegalArgumentException("confidence must be within 0..1");
		}
	}

}
