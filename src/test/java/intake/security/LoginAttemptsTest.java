package intake.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptsTest {

	private final MutableClock clock = new MutableClock();

	private final LoginAttempts attempts = new LoginAttempts(5, Duration.ofMinutes(5), this.clock);

	private final String key = LoginAttempts.passwordKey("Anna", "10.0.0.1");

	@Test
	void fiveFailuresBlockUntilTheOldestLeavesTheWindow() {
		for (int i = 0; i < 4; i++) {
			this.attempts.failed(this.key);
			this.clock.advance(Duration.ofSeconds(10));
		}
		assertThat(this.attempts.blockedFor(this.key)).isEmpty();
		this.attempts.failed(this.key);
		assertThat(this.attempts.blockedFor(this.key)).contains(Duration.ofSeconds(300 - 40));
		this.clock.advance(Duration.ofSeconds(259));
		assertThat(this.attempts.blockedFor(this.key)).contains(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.attempts.blockedFor(this.key)).isEmpty();
		this.attempts.failed(this.key);
		assertThat(this.attempts.blockedFor(this.key)).as("four failures are still in the window").isPresent();
	}

	@Test
	void keysAreCountedApartAndUsernamesIgnoreCase() {
		for (int i = 0; i < 5; i++) {
			this.attempts.failed(this.key);
		}
		assertThat(this.attempts.blockedFor(LoginAttempts.passwordKey("ANNA ", "10.0.0.1"))).isPresent();
		assertThat(this.attempts.blockedFor(LoginAttempts.passwordKey("anna", "10.0.0.2"))).isEmpty();
		assertThat(this.attempts.blockedFor(LoginAttempts.passwordKey("bo", "10.0.0.1"))).isEmpty();
		assertThat(this.attempts.blockedFor(LoginAttempts.tokenKey("10.0.0.1"))).isEmpty();
	}

	@Test
	void partOfASecondLeftIsOneSecond() {
		for (int i = 0; i < 5; i++) {
			this.attempts.failed(this.key);
		}
		this.clock.advance(Duration.ofSeconds(299).plusMillis(1));
		assertThat(this.attempts.blockedFor(this.key)).contains(Duration.ofSeconds(1));
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
