package intake.validate;

/** Norwegian organisation numbers (organisasjonsnummer): 9 digits, mod-11 check digit. */
final class NorwegianIds {

	private static final int[] WEIGHTS = { 3, 2, 7, 6, 5, 4, 3, 2 };

	private NorwegianIds() {
	}

	/** Whether nine digits carry a valid mod-11 check digit (weights 3 2 7 6 5 4 3 2). */
	static boolean organisasjonsnummer(String nineDigits) {
		if (!nineDigits.matches("\\d{9}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == nineDigits.charAt(8) - '0';
	}

}
