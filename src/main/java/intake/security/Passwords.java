package intake.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random passwords for first users, printed once.
 */
final class Passwords {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	/** 24 base64url characters (144 random bits). */
	static String random() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
