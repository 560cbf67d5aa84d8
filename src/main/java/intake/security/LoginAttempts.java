package intake.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failed sign-ins per key in a sliding window: after {@code max} failures within
 * {@code window} a key is blocked until the oldest of them leaves the window. A success
 * does not clear the failures (so failures cannot be hidden between successes); blocked
 * attempts are not counted. Keys are a lower-cased username with the remote address for
 * passwords, the remote address alone for API tokens. Kept in memory: each instance
 * counts on its own. Thread-safe.
 */
public final class LoginAttempts {

	private static final int SWEEP_EVERY = 1000;

	private final int max;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final AtomicInteger untilSweep = new AtomicInteger(SWEEP_EVERY);

	public LoginAttempts(int max, Duration window, Clock clock) {
		if (max < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("max must be positive and the window longer than zero");
		}
		this.max = max;
		this.window = window;
		this.clock = clock;
	}

	/** The key of password sign-ins of a username from an address. */
	public static String passwordKey(String username, String address) {
		return "password:" + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "") + "@" + address;
	}

	/** The key of API token attempts from an address. */
	public static String tokenKey(String address) {
		return "token@" + address;
	}

	/**
	 * How long the key is still blocked.
	 * @return the time until the next attempt is allowed (at least one second), or empty
	 * when it is allowed now
	 */
	public Optional<Duration> blockedFor(String key) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		synchronized (times) {
			expire(times, now);
			if (times.size() < this.max) {
				return Optional.empty();
			}
			Duration left = Duration.between(now, times.peekFirst().plus(this.window));
			long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
			return Optional.of(Duration.ofSeconds(seconds));
		}
	}

	/** Counts a failed attempt of the key. */
	public void failed(String key) {
		Instant now = this.clock.instant();
		Deque<Instant> times = this.failures.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			expire(times, now);
			times.addLast(now);
			while (times.size() > this.max) {
				times.removeFirst();
			}
		}
		if (this.untilSweep.decrementAndGet() <= 0) {
			this.untilSweep.set(SWEEP_EVERY);
			sweep(now);
		}
	}

	private void expire(Deque<Instant> times, Instant now) {
		Instant oldest = now.minus(this.window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
			times.removeFirst();
		}
	}

	private void sweep(Instant now) {
		this.failures.entrySet().removeIf((entry) -> {
			synchronized (entry.getValue()) {
				expire(entry.getValue(), now);
				return entry.getValue().isEmpty();
			}
		});
	}

}
