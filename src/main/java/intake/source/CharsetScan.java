package intake.source;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The charset decision of one pass over a file, and the start of its decoded text for the
 * delimiter sniffer.
 *
 * @param charset the decided charset
 * @param given whether the user chose it
 * @param confidence 0..1
 * @param warnings file-level warnings
 * @param prefix the first decoded characters (BOM removed), at most
 * {@link CharsetDetector#PREFIX_LIMIT}
 * @param truncated whether the file continues beyond {@code prefix}
 */
record CharsetScan(Charset charset, boolean given, double confidence, List<String> warnings, String prefix,
		boolean truncated) {

	CharsetScan {
		warnings = List.copyOf(warnings);
	}

}
