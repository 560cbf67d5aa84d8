package intake.validate;

/**
 * Checks product barcodes, keeping them as written: GTIN-8 (EAN-8), GTIN-12 (UPC-A),
 * GTIN-13 (EAN-13) and GTIN-14 carry a mod-10 check digit in their last position. Spaces
 * and hyphens between the digits are ignored by the check. A wrong check digit, or a
 * value that is no GTIN (other characters, another length), is a warning, never an error:
 * the code may be a shop's own.
 */
final class EanReader {

	private EanReader() {
	}

	/** The value as written, with a warning when it is no valid GTIN. */
	static Outcome read(String value) {
		String digits = value.replace(" ", "").replace("-", "");
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				return Outcome.warn(value, "'" + value + "' is not an EAN/GTIN barcode: it should have digits only"
						+ " (8, 12, 13 or 14); kept as written");
			}
		}
		String kind = switch (digits.length()) {
			case 8 -> "EAN-8";
			case 12 -> "UPC-A";
			case 13 -> "EAN-13";
			case 14 -> "GTIN-14";
			default -> null;
		};
		if (kind == null) {
			return Outcome.warn(value, "'" + value + "' is not an EAN/GTIN barcode: it has " + digits.length()
					+ " digits where EAN-8, UPC-A, EAN-13 and GTIN-14 have 8, 12, 13 or 14; kept as written");
		}
		int expected = checkDigit(digits.substring(0, digits.length() - 1));
		int actual = digits.charAt(digits.length() - 1) - '0';
		if (expected != actual) {
			return Outcome.warn(value, "'" + value + "' has a wrong " + kind + " check digit: the last digit is "
					+ actual + ", the check digit should be " + expected + " — check the number for a typo");
		}
		return Outcome.ok(value);
	}

	/**
	 * The GS1 mod-10 check digit of the digits before it: weights 3 and 1 alternate from
	 * the rightmost digit, which weighs 3.
	 */
	static int checkDigit(String body) {
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			int digit = body.charAt(body.length() - 1 - i) - '0';
			sum += (i % 2 == 0) ? digit * 3 : digit;
		}
		return (10 - sum % 10) % 10;
	}

}
