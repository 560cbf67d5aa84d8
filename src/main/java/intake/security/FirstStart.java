package intake.security;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On a database without users, creates the user {@code admin} (ADMIN) in the demo tenant,
 * with the password of {@code intake.admin-password} ({@code INTAKE_ADMIN_PASSWORD}) or,
 * when that is empty, a random one written once to the log. There is no built-in
 * password. Runs before the server accepts requests; when several instances start at
 * once, one creates the user and the others find it.
 */
@Component
class FirstStart implements SmartInitializingSingleton {

	/** The username of the demo tenant's first administrator. */
	static final String ADMIN = "admin";

	private static final Log logger = LogFactory.getLog(FirstStart.class);

	private final UserAccounts accounts;

	private final String adminPassword;

	FirstStart(UserAccounts accounts, @Value("${intake.admin-password:}") String adminPassword) {
		this.accounts = accounts;
		this.adminPassword = adminPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.accounts.any()) {
			return;
		}
		boolean generated = this.adminPassword.isBlank();
		String password = generated ? Passwords.random() : this.adminPassword;
		try {
			this.accounts.create(CurrentTenant.DEMO, ADMIN, password, Role.ADMIN);
		}
		catch (UsernameTakenException ex) {
			return;
		}
		if (generated) {
			logger.warn("Created user " + ADMIN + " with password " + password
					+ " (shown only this once; set INTAKE_ADMIN_PASSWORD to choose it)");
		}
		else {
			logger.info("Created user " + ADMIN + " with the password of intake.admin-password");
		}
	}

}
