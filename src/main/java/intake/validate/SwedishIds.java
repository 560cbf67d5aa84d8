package intake.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish identity numbers: personnummer (with samordningsnummer) and
 * organisationsnummer. Stateless and thread-safe; methods never return {@code null} and
 * never throw for bad input, they answer {@link Optional#empty()} or {@code false}.
 */
public final class SwedishIds {

	private static final Pattern PERSONNUMMER = Pattern
		.compile("(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{3})(\\d)");

	private static final Pattern ORGANISATIONSNUMMER = Pattern.compile("(16)?(\\d{6})[-+]?(\\d{4})");

	private static final Pattern VAT = Pattern.compile("SE(\\d{10})01");

	private SwedishIds() {
	}

	/**
	 * Reads {@code YYMMDD-NNNC}, {@code YYMMDD+NNNC} (100 years or older),
	 * {@code YYMMDDNNNC}, {@code YYYYMMDD-NNNC}, {@code YYYYMMDDNNNC}: a real date (the
	 * day may be plus 60 for a samordningsnummer), serial not {@code 000}, Luhn check
	 * digit. Without century the most recent matching century before {@code today} is
	 * taken.
	 */
	public static Optional<Personnummer> personnummer(String raw, LocalDate today) {
		Matcher m = PERSONNUMMER.matcher(Cells.trim(raw));
		if (!m.matches() || "000".equals(m.group(6))) {
			return Optional.empty();
		}
		int twoDigitYear = Integer.parseInt(m.group(2));
		int year;
		if (m.group(1) != null) {
			year = Integer.parseInt(m.group(1)) * 100 + twoDigitYear;
		}
		else {
			int base = today.getYear() - ("+".equals(m.group(5)) ? 100 : 0);
			year = base - Math.floorMod(base - twoDigitYear, 100);
		}
		int month = Integer.parseInt(m.group(3));
		int day = Integer.parseInt(m.group(4));
		String shortDigits = m.group(2) + m.group(3) + m.group(4) + m.group(6) + m.group(7);
		if (!luhn(shortDigits)) {
			return Optional.empty();
		}
		try {
			LocalDate birth = LocalDate.of(year, month, (day > 60) ? day - 60 : day);
			return Optional.of(new Personnummer(String.format(Locale.ROOT, "%02d", year / 100) + shortDigits, birth));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** {@link #personnummer(String, LocalDate)} as of today. */
	public static Optional<Personnummer> personnummer(String raw) {
		return personnummer(raw, LocalDate.now());
	}

	/** Whether {@code raw} is a valid personnummer or samordningsnummer. */
	public static boolean isPersonnummer(String raw) {
		return personnummer(raw).isPresent();
	}

	/**
	 * Reads {@code NNNNNN-NNNN}, {@code NNNNNNNNNN}, {@code 16NNNNNNNNNN} and the VAT
	 * form {@code SENNNNNNNNNN01} (spaces ignored): the third digit at least 2 and a Luhn
	 * check digit, or else a valid personnummer (a sole trader's number).
	 */
	public static Optional<Organisationsnummer> organisationsnummer(String raw, LocalDate today) {
		String value = Cells.trim(raw).replace(" ", "").toUpperCase(Locale.ROOT);
		Matcher vat = VAT.matcher(value);
		if (vat.matches()) {
			value = vat.group(1);
		}
		Matcher m = ORGANISATIONSNUMMER.matcher(value);
		if (m.matches()) {
			String digits = m.group(2) + m.group(3);
			if (digits.charAt(2) >= '2' && luhn(digits)) {
				return Optional.of(new Organisationsnummer(digits, Optional.empty()));
			}
		}
		return personnummer(value, today).map((pnr) -> new Organisationsnummer(pnr.shortFormat(), Optional.of(pnr)));
	}

	/** {@link #organisationsnummer(String, LocalDate)} as of today. */
	public static Optional<Organisationsnummer> organisationsnummer(String raw) {
		return organisationsnummer(raw, LocalDate.now());
	}

	/**
	 * Whether {@code raw} is a valid organisationsnummer (or a sole trader's
	 * personnummer).
	 */
	public static boolean isOrganisationsnummer(String raw) {
		return organisationsnummer(raw).isPresent();
	}

	/**
	 * The Luhn (mod 10) check over a string of digits, the last one being the check
	 * digit.
	 */
	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

}
