package intake.job;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The user's validated wishes for reading a file; empty parts are decided from the file.
 *
 * @param charset the charset (CSV)
 * @param delimiter the delimiter (CSV)
 * @param headerRow the header line or sheet row, 0 for none; empty: guessed
 * @param sheet the workbook sheet; empty: the first non-empty one
 */
record SourceRequest(Optional<Charset> charset, Optional<Character> delimiter, Optional<Integer> headerRow,
		Optional<String> sheet) {

}
