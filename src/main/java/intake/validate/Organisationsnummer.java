package intake.validate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid Swedish organisation number, read by {@link SwedishIds#organisationsnummer}. A
 * sole trader's (enskild firma) number is the owner's personnummer.
 *
 * @param digits the ten digits {@code NNNNNNNNNN}
 * @param personnummer the owner's personnummer when the number is one
 */
public record Organisationsnummer(String digits, Optional<Personnummer> personnummer) {

	public Organisationsnummer {
		Objects.requireNonNull(digits, "digits");
		Objects.requireNonNull(personnummer, "personnummer");
		if (!digits.matches("\\d{10}")) {
			throw new IllegalArgumentException("An organisationsnummer has 10 digits: " + digits);
		}
	}

	/** {@code NNNNNNNNNN}, the canonical form natural keys are matched in. */
	public String shortFormat() {
		return this.digits;
	}

	/**
	 * {@code NNNNNN-NNNN}; for a sole trader the personnummer's separated form, with
	 * {@code +} from the owner's 100th birthday.
	 */
	public String longFormat(LocalDate today) {
		return this.personnummer.map((pnr) -> pnr.separatedFormat(today))
			.orElseGet(() -> this.digits.substring(0, 6) + "-" + this.digits.substring(6));
	}

	/** The VAT number {@code SE NNNNNNNNNN 01} without spaces. */
	public String vatNumber() {
		return "SE" + this.digits + "01";
	}

	/**
	 * The kind of organisation the first digit stands for, in Swedish (as Bolagsverket
	 * names it).
	 */
	public String type() {
		if (this.personnummer.isPresent()) {
			return "Enskild firma";
		}
		return switch (this.digits.charAt(0)) {
			case '1' -> "Dödsbon";
			case '2' -> "Stat, landsting, kommun eller församling";
			case '3' -> "Utländska företag som bedriver näringsverksamhet eller äger fastigheter i Sverige";
			case '5' -> "Aktiebolag";
			case '6' -> "Enkelt bolag";
			case '7' -> "Ekonomisk förening eller bostadsrättsförening";
			case '8' -> "Ideella förening och stiftelse";
			case '9' -> "Handelsbolag, kommanditbolag och enkelt bolag";
			default -> "Okänt";
		};
	}

}
