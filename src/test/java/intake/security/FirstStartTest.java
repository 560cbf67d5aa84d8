package intake.security;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start on a migrated database without users (H2 in PostgreSQL mode, in
 * memory).
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

	private final PasswordEncoder passwords = new PasswordHashing()
		.passwordEncoder(new SecuritySettings(5, Duration.ofMinutes(5), 4));

	private UserAccounts accounts;

	private JdbcClient jdbc;

	@BeforeEach
	void database() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
		this.accounts = new UserAccounts(this.jdbc, this.passwords);
	}

	@Test
	void createsTheAdministratorWithTheConfiguredPassword(CapturedOutput output) {
		new FirstStart(this.accounts, "s3cret-from-env").afterSingletonsInstantiated();
		UserAccount admin = this.accounts.findByUsername("admin").orElseThrow();
		assertThat(admin.tenantId()).isEqualTo(CurrentTenant.DEMO);
		assertThat(admin.role()).isEqualTo(Role.ADMIN);
		assertThat(this.accounts.matches(this.accounts.credentials("admin").orElseThrow(), "s3cret-from-env")).isTrue();
		assertThat(output).contains("Created user admin with the password of intake.admin-password")
			.doesNotContain("s3cret-from-env");
	}

	@Test
	void withoutAConfiguredPasswordLogsTheGeneratedOneOnce(CapturedOutput output) {
		new FirstStart(this.accounts, " ").afterSingletonsInstantiated();
		Matcher printed = Pattern.compile("Created user admin with password (\\S+) ").matcher(output.getAll());
		assertThat(printed.find()).as(output.getAll()).isTrue();
		String password = printed.group(1);
		assertThat(password).hasSize(24);
		assertThat(this.accounts.matches(this.accounts.credentials("admin").orElseThrow(), password)).isTrue();

		new FirstStart(this.accounts, "").afterSingletonsInstantiated();
		assertThat(output.getAll().split("Created user admin", -1)).as("a second start creates nothing").hasSize(2);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(1);
	}

}
