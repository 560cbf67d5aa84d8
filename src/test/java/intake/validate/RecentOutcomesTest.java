package intake.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RecentOutcomesTest {

	/** The conversion the memo stands in for: its outcome depends on the key alone. */
	private static Outcome convert(String key) {
		return (key.hashCode() % 3 == 0) ? Outcome.fail("not a value: " + key) : Outcome.ok(key.toUpperCase());
	}

	/**
	 * Keys drawn from a pool larger than the memo, many colliding in a slot: every answer
	 * is the conversion's own outcome for that key, never another key's.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4 })
	void everyAnswerIsTheKeysOwnOutcome(long seed) {
		Random random = new Random(seed);
		RecentOutcomes memo = new RecentOutcomes(64);
		List<String> pool = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			pool.add("+46 " + random.nextInt(1_000_000));
		}
		for (int i = 0; i < 20_000; i++) {
			String key = pool.get(random.nextInt(random.nextBoolean() ? 40 : pool.size()));
			assertThat(memo.get(key, RecentOutcomesTest::convert)).isEqualTo(convert(key));
		}
	}

	/** A cell repeated down a file is converted once, however often it comes. */
	@Test
	void aRepeatedKeyIsConvertedOnce() {
		RecentOutcomes memo = new RecentOutcomes(4096);
		AtomicInteger conversions = new AtomicInteger();
		Map<String, Outcome> first = new HashMap<>();
		for (int row = 0; row < 5_000; row++) {
			// a company's organisation number on each of its five contact rows
			String key = "SE 5560" + (row / 5);
			Outcome outcome = memo.get(key, (k) -> {
				conversions.incrementAndGet();
				return convert(k);
			});
			assertThat(outcome).isSameAs(first.computeIfAbsent(key, (k) -> outcome));
		}
		assertThat(conversions).hasValue(1_000);
	}

	@Test
	void theCapacityIsRoundedUpToAPowerOfTwo() {
		assertThat(new RecentOutcomes(4096).slots()).isEqualTo(4096);
		assertThat(new RecentOutcomes(3000).slots()).isEqualTo(4096);
		assertThat(new RecentOutcomes(1).slots()).isEqualTo(2);
	}

	/** Threads sharing one memo each get their keys' own outcomes. */
	@Test
	void threadsSharingTheMemoGetTheirKeysOwnOutcomes() throws Exception {
		RecentOutcomes memo = new RecentOutcomes(16);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				long seed = t;
				results.add(threads.submit(() -> {
					Random random = new Random(seed);
					int checked = 0;
					for (int i = 0; i < 50_000; i++) {
						String key = "k" + random.nextInt(100);
						if (!memo.get(key, RecentOutcomesTest::convert).equals(convert(key))) {
							return -1;
						}
						checked++;
					}
					return checked;
				}));
			}
			for (Future<Integer> result : results) {
				assertThat(result.get()).isEqualTo(50_000);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
