package intake.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code java -jar intake.jar --intake.create-tenant=<name>}: creates the tenant and its
 * administrator {@code admin@<name>} with a random password, prints both once and exits
 * with 0 (1 when the name is bad or taken) without serving requests or running imports.
 */
@Component
@ConditionalOnProperty(TenantCommand.PROPERTY)
public class TenantCommand implements ApplicationRunner {

	/** The property (and command-line option) that names the tenant to create. */
	public static final String PROPERTY = "intake.create-tenant";

	private final Tenants tenants;

	private final UserAccounts accounts;

	private final ConfigurableApplicationContext context;

	private final String name;

	TenantCommand(Tenants tenants, UserAccounts accounts, ConfigurableApplicationContext context,
			@Value("${" + PROPERTY + "}") String name) {
		this.tenants = tenants;
		this.accounts = accounts;
		this.context = context;
		this.name = name.strip();
	}

	/** Whether the command line asks for this command (then no web server is started). */
	public static boolean requested(String... args) {
		for (String arg : args) {
			if (arg.startsWith("--" + PROPERTY + "=")) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status;
		try {
			long tenant = this.tenants.create(this.name);
			String password = Passwords.random();
			String username = FirstStart.ADMIN + "@" + this.name;
			this.accounts.create(tenant, username, password, Role.ADMIN);
			System.out.println("Created tenant " + this.name + " (id " + tenant + ") and user " + username
					+ " with password " + password + " (shown only this once)");
			status = 0;
		}
		catch (IllegalArgumentException | UsernameTakenException ex) {
			System.err.println("Could not create tenant " + this.name + ": " + ex.getMessage());
			status = 1;
		}
		int exit = status;
		System.exit(SpringApplication.exit(this.context, () -> exit));
	}

}
