package intake.job;

import java.util.List;

/**
 * How a job's stored file is read, and what was detected about it.
 *
 * @param encoding the Java charset name
 * @param encodingDetected whether it was detected (false: the user gave it)
 * @param encodingConfidence confidence of the detection, 0..1
 * @param delimiter the field delimiter
 * @param delimiterDetected whether it was detected
 * @param delimiterConfidence confidence of the detection, 0..1
 * @param headerRow the 1-based line holding the header, 0 for none
 * @param warnings what the reader noticed, for the user
 */
public record JobSource(String encoding, boolean encodingDetected, double encodingConfidence, char delimiter,
		boolean delimiterDetected, double delimiterConfidence, int headerRow, List<String> warnings) {

	public JobSource {
		warnings = List.copyOf(warnings);
	}

}
