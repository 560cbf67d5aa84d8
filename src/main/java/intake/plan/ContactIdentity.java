package intake.plan;

import java.util.Locale;
import java.util.Optional;

/**
 * How a contact is recognised within its company: by e-mail, else by first and last name.
 *
 * @param companyId the company's record id
 * @param key {@code e:} and the lower-case e-mail, or {@code n:} and the lower-case names
 */
public record ContactIdentity(long companyId, String key) {

	/**
	 * The identity of a contact, if it has an e-mail or a name.
	 * @param companyId the company's record id
	 * @param email the e-mail, may be null or blank
	 * @param firstName the first name, may be null or blank
	 * @param lastName the last name, may be null or blank
	 * @return the identity, empty when the contact has neither
	 */
	public static Optional<ContactIdentity> of(long companyId, String email, String firstName, String lastName) {
		if (email != null && !email.isBlank()) {
			return Optional.of(new ContactIdentity(companyId, "e:" + email.strip().toLowerCase(Locale.ROOT)));
		}
		String first = (firstName != null) ? firstName.strip().toLowerCase(Locale.ROOT) : "";
		String last = (lastName != null) ? lastName.strip().toLowerCase(Locale.ROOT) : "";
		if (first.isEmpty() && last.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ContactIdentity(companyId, "n:" + first + "\u001f" + last));
	}

}
