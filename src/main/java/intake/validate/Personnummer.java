package intake.validate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A valid Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer, day of month plus 60), read by {@link SwedishIds#personnummer}.
 *
 * @param digits the twelve digits {@code YYYYMMDDNNNC} as written (a coordination number
 * keeps its day plus 60)
 * @param birthDate the date of birth (for a coordination number the day minus 60)
 */
public record Personnummer(String digits, LocalDate birthDate) {

	public Personnummer {
		Objects.requireNonNull(digits, "digits");
		Objects.requireNonNull(birthDate, "birthDate");
		if (!digits.matches("\\d{12}")) {
			throw new IllegalArgumentException("A personnummer has 12 digits: " + digits);
		}
	}

	/** Whether this is a samordningsnummer (day of month plus 60). */
	public boolean coordinationNumber() {
		return Integer.parseInt(this.digits.substring(6, 8)) > 60;
	}

	/** {@code YYYYMMDDNNNC}. */
	public String longFormat() {
		return this.digits;
	}

	/** {@code YYMMDDNNNC}. */
	public String shortFormat() {
		return this.digits.substring(2);
	}

	/**
	 * {@code YYMMDD-NNNC}, with {@code +} instead of {@code -} from the 100th birthday.
	 */
	public String separatedFormat(LocalDate today) {
		return this.digits.substring(2, 8) + separator(today) + this.digits.substring(8);
	}

	/** {@code YYYYMMDD-NNNC}, with {@code +} from the 100th birthday. */
	public String separatedLong(LocalDate today) {
		return this.digits.substring(0, 8) + separator(today) + this.digits.substring(8);
	}

	private char separator(LocalDate today) {
		return this.birthDate.plusYears(100).isAfter(today) ? '-' : '+';
	}

}
