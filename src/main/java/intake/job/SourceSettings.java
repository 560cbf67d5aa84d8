package intake.job;

import java.util.Optional;

/**
 * How the user wants a file read; empty parts are detected (or kept).
 *
 * @param encoding a charset name, e.g. {@code windows-1252}
 * @param delimiter one character, or {@code tab}
 * @param headerRow the 1-based header line, 0 for none
 */
public record SourceSettings(Optional<String> encoding, Optional<String> delimiter, Optional<Integer> headerRow) {

	public static SourceSettings detect() {
		return new SourceSettings(Optional.empty(), Optional.empty(), Optional.empty());
	}

}
