package intake.validate;

import java.util.Arrays;
import java.util.List;

/** Splits a comma-separated list; items are trimmed and empty items dropped. */
final class TextListReader {

	private TextListReader() {
	}

	/** The items in order, possibly none. */
	static List<String> items(String value) {
		return Arrays.stream(value.split(",")).map(Cells::trim).filter((item) -> !item.isEmpty()).toList();
	}

}
