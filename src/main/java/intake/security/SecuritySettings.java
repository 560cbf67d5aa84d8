package intake.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in ({@code intake.security.*}).
 *
 * @param maxFailedLogins failed sign-ins of one username from one address (or bad API
 * tokens from one address) within {@code failedLoginWindow} after which further attempts
 * answer 429 until the oldest of them leaves the window (default 5)
 * @param failedLoginWindow the window of {@code maxFailedLogins} (default 5 minutes)
 * @param bcryptStrength the bcrypt cost of new password hashes (default 10; tests use 4)
 */
@ConfigurationProperties("intake.security")
public record SecuritySettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("5m") Duration failedLoginWindow,
		@DefaultValue("10") int bcryptStrength) {

}
