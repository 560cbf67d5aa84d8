package intake.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import intake.plan.CompanyGroups.Group;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyGroupsTest {

	@Test
	void digitKeysKeepTheirLeadingZerosAndOtherKeysFallBackToStrings() {
		assertThat(DigitKeyTable.code("007")).isNotEqualTo(DigitKeyTable.code("7")).isEqualTo(1007);
		assertThat(DigitKeyTable.code("")).isZero();
		assertThat(DigitKeyTable.code("12a")).isZero();
		assertThat(DigitKeyTable.code("١٢")).isZero();
		assertThat(DigitKeyTable.code("999999999999999999")).isEqualTo(1_999_999_999_999_999_999L);
		assertThat(DigitKeyTable.code("1234567890123456789")).isZero();

		CompanyGroups groups = new CompanyGroups();
		Group seven = group(1);
		Group zeroZeroSeven = group(2);
		Group letters = group(3);
		Group long19 = group(4);
		groups.register(List.of(key(CompanyKey.Kind.CUSTOMER_NO, "7")), seven);
		groups.register(List.of(key(CompanyKey.Kind.CUSTOMER_NO, "007")), zeroZeroSeven);
		groups.register(List.of(key(CompanyKey.Kind.CUSTOMER_NO, "K-7")), letters);
		groups.register(List.of(key(CompanyKey.Kind.GOV_NO, "1234567890123456789")), long19);
		assertThat(groups.find(key(CompanyKey.Kind.CUSTOMER_NO, "7"))).containsSame(seven);
		assertThat(groups.find(key(CompanyKey.Kind.CUSTOMER_NO, "007"))).containsSame(zeroZeroSeven);
		assertThat(groups.find(key(CompanyKey.Kind.CUSTOMER_NO, "K-7"))).containsSame(letters);
		assertThat(groups.find(key(CompanyKey.Kind.GOV_NO, "1234567890123456789"))).containsSame(long19);
		// the same digits as another kind of key are another key
		assertThat(groups.find(key(CompanyKey.Kind.GOV_NO, "7"))).isEmpty();
		assertThat(groups.find(key(CompanyKey.Kind.CUSTOMER_NO, "07"))).isEmpty();
	}

	@Test
	void theFirstGroupRegisteredForAKeyStays() {
		CompanyGroups groups = new CompanyGroups();
		Group first = group(1);
		groups.register(List.of(key(CompanyKey.Kind.GOV_NO, "5560160680")), first);
		groups.register(List.of(key(CompanyKey.Kind.GOV_NO, "5560160680")), group(2));
		assertThat(groups.find(key(CompanyKey.Kind.GOV_NO, "5560160680"))).containsSame(first);
	}

	/**
	 * Seeded random keys, many more than the table's first size: each finds its group.
	 */
	@RepeatedTest(5)
	void manyKeysAreAllFoundAfterTheTableGrew(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition());
		CompanyGroups groups = new CompanyGroups();
		List<String> keys = new ArrayList<>();
		java.util.Map<String, Group> expected = new java.util.HashMap<>();
		for (int i = 0; i < 20_000; i++) {
			String value = Long.toString(Math.abs(random.nextLong()) % 10_000_000_000L);
			if (random.nextInt(10) == 0) {
				value = "0" + value;
			}
			Group group = group(i);
			groups.register(List.of(key(CompanyKey.Kind.CUSTOMER_NO, value)), group);
			expected.putIfAbsent(value, group);
			keys.add(value);
		}
		for (String value : keys) {
			assertThat(groups.find(key(CompanyKey.Kind.CUSTOMER_NO, value))).containsSame(expected.get(value));
		}
		assertThat(groups.find(key(CompanyKey.Kind.CUSTOMER_NO, "99999999999"))).isEmpty();
	}

	@Test
	void fieldHashesGiveSlotsOnlyToFieldsWithValues() {
		FieldHashes hashes = new FieldHashes(40);
		int[] first = hashes.fresh();
		assertThat(first).isEmpty();
		first = hashes.put(first, 31, 5);
		first = hashes.put(first, 2, 9);
		assertThat(first).hasSize(2);
		assertThat(hashes.get(first, 31)).isEqualTo(5);
		assertThat(hashes.get(first, 2)).isEqualTo(9);
		assertThat(hashes.get(first, 3)).isZero();
		// a later group gets room for both slots at once; a group made before a slot
		// existed grows when it needs it
		int[] second = hashes.fresh();
		assertThat(second).hasSize(2);
		assertThat(hashes.get(second, 31)).isZero();
		int[] third = hashes.put(second, 17, 4);
		assertThat(third).hasSize(3);
		assertThat(hashes.get(first, 17)).isZero();
		assertThat(hashes.put(first, 17, 6)).hasSize(3);
	}

	/**
	 * Past the heap's share, the groups named longest ago leave for the spill file at the
	 * end of a chunk, with every field a later row needs, and come back as one object
	 * under all their keys when a row names them again.
	 */
	@Test
	void groupsPastTheHeapsShareGoToTheSpillFileAndComeBackWhole(@TempDir Path dir) throws IOException {
		Group reloaded;
		Path spillFile;
		try (CompanyGroups groups = new CompanyGroups(PlanMemory.of(dir, 4))) {
			for (int chunk = 0; chunk < 5; chunk++) {
				for (int i = 0; i < 3; i++) {
					int n = chunk * 3 + i;
					Group group = new Group(100 + n, n % 2 == 0, 10 + n, new int[] { n + 1, 0, 7 });
					group.counted = n % 3 == 0;
					group.createdEarlier = n == 4;
					group.status = (n == 6) ? RowStatus.UPDATE : null;
					groups.register(keys(n), group);
				}
				groups.endChunk();
				assertThat(groups.inHeap()).isLessThanOrEqualTo(4 + 3);
			}
			assertThat(groups.spilled()).isGreaterThanOrEqualTo(8);
			try (var files = Files.list(dir)) {
				spillFile = files.filter((f) -> f.getFileName().toString().endsWith(".spill"))
					.findFirst()
					.orElseThrow();
			}
			for (int n = 0; n < 15; n++) {
				Group byCustomerNo = groups.find(keys(n).get(0)).orElseThrow();
				assertThat(groups.find(keys(n).get(1))).containsSame(byCustomerNo);
				assertThat(byCustomerNo.id).isEqualTo(100 + n);
				assertThat(byCustomerNo.existing).isEqualTo(n % 2 == 0);
				assertThat(byCustomerNo.firstLine).isEqualTo(10 + n);
				assertThat(byCustomerNo.hashes).containsExactly(n + 1, 0, 7);
				assertThat(byCustomerNo.counted).isEqualTo(n % 3 == 0);
				assertThat(byCustomerNo.createdEarlier).isEqualTo(n == 4);
				assertThat(byCustomerNo.status).isEqualTo((n == 6) ? RowStatus.UPDATE : null);
			}
			// a group found again is changed in the heap and spilled again as it is now
			reloaded = groups.find(keys(0).get(1)).orElseThrow();
			reloaded.hashes = new int[] { 1, 2, 3 };
			reloaded.status = RowStatus.UNCHANGED;
			groups.register(List.of(key(CompanyKey.Kind.NAME_POSTCODE, "alfa\u001f11122")), reloaded);
			groups.endChunk();
			for (int n = 1; n < 15; n++) {
				groups.find(keys(n).get(0));
			}
			groups.endChunk();
			Group again = groups.find(key(CompanyKey.Kind.NAME_POSTCODE, "alfa\u001f11122")).orElseThrow();
			assertThat(again).isNotSameAs(reloaded);
			assertThat(groups.find(keys(0).get(0))).containsSame(again);
			assertThat(again.hashes).containsExactly(1, 2, 3);
			assertThat(again.status).isEqualTo(RowStatus.UNCHANGED);
			assertThat(groups.find(key(CompanyKey.Kind.GOV_NO, "5569999999"))).isEmpty();
			assertThat(spillFile).exists();
		}
		assertThat(spillFile).doesNotExist();
	}

	/**
	 * Nothing named in the current chunk leaves, however small the share: its rows may
	 * still be planned against it.
	 */
	@Test
	void groupsOfTheCurrentChunkStayInTheHeap(@TempDir Path dir) {
		try (CompanyGroups groups = new CompanyGroups(PlanMemory.of(dir, 1))) {
			List<Group> chunk = new ArrayList<>();
			for (int n = 0; n < 6; n++) {
				Group group = group(n);
				chunk.add(group);
				groups.register(keys(n), group);
			}
			groups.endChunk();
			assertThat(groups.inHeap()).isEqualTo(6);
			assertThat(groups.spilled()).isZero();
			groups.find(keys(5).get(0));
			groups.endChunk();
			assertThat(groups.inHeap()).isEqualTo(1);
			assertThat(groups.find(keys(5).get(1))).containsSame(chunk.get(5));
			assertThat(groups.find(keys(2).get(1))).isPresent().get().isNotSameAs(chunk.get(2));
		}
	}

	/** Seeded: many spills and reloads; every key keeps finding its own group. */
	@RepeatedTest(3)
	void randomKeysKeepFindingTheirGroupsThroughSpills(RepetitionInfo repetition, @TempDir Path dir) {
		Random random = new Random(repetition.getCurrentRepetition());
		try (CompanyGroups groups = new CompanyGroups(PlanMemory.of(dir, 50))) {
			java.util.Map<CompanyKey, Long> expected = new java.util.HashMap<>();
			List<CompanyKey> all = new ArrayList<>();
			long next = 1;
			for (int chunk = 0; chunk < 60; chunk++) {
				for (int i = 0; i < 20; i++) {
					if (!all.isEmpty() && random.nextInt(3) == 0) {
						CompanyKey key = all.get(random.nextInt(all.size()));
						assertThat(groups.find(key)).as(key.toString())
							.isPresent()
							.get()
							.extracting((g) -> g.id)
							.isEqualTo(expected.get(key));
						continue;
					}
					CompanyKey.Kind kind = CompanyKey.Kind.values()[random.nextInt(3)];
					String value = (kind == CompanyKey.Kind.NAME_POSTCODE)
							? "bolag " + next + "\u001f" + random.nextInt(99999)
							: ((random.nextBoolean() ? "0" : "K") + next);
					CompanyKey key = key(kind, value);
					assertThat(groups.find(key)).isEmpty();
					Group group = group(next++);
					groups.register(List.of(key), group);
					expected.put(key, group.id);
					all.add(key);
				}
				groups.endChunk();
			}
			assertThat(groups.spilled()).isGreaterThan(500);
			for (CompanyKey key : all) {
				assertThat(groups.find(key)).isPresent().get().extracting((g) -> g.id).isEqualTo(expected.get(key));
			}
		}
	}

	/**
	 * Two groups with one id (a preview's counted id equal to a stored company's, or one
	 * stored company met by its customer number in one row and by its organisation number
	 * in another) are spilled and come back as themselves.
	 */
	@Test
	void groupsWithTheSameIdComeBackAsThemselves(@TempDir Path dir) {
		try (CompanyGroups groups = new CompanyGroups(PlanMemory.of(dir, 1))) {
			Group stored = new Group(7, true, 2, FieldHashes.NONE);
			stored.counted = true;
			Group counted = new Group(7, false, 3, FieldHashes.NONE);
			CompanyKey byNumber = key(CompanyKey.Kind.CUSTOMER_NO, "100");
			CompanyKey byGovNo = key(CompanyKey.Kind.GOV_NO, "5560160680");
			groups.register(List.of(byNumber), stored);
			groups.register(List.of(byGovNo), counted);
			groups.endChunk();
			groups.register(keys(1), group(1));
			groups.register(keys(2), group(2));
			groups.endChunk();
			assertThat(groups.spilled()).isEqualTo(2);
			Group first = groups.find(byNumber).orElseThrow();
			Group second = groups.find(byGovNo).orElseThrow();
			assertThat(first).isNotSameAs(second);
			assertThat(first.existing).isTrue();
			assertThat(first.counted).isTrue();
			assertThat(first.firstLine).isEqualTo(2);
			assertThat(second.existing).isFalse();
			assertThat(second.firstLine).isEqualTo(3);
		}
	}

	/** A group with hundreds of keys keeps them all through a spill. */
	@Test
	void aGroupWithManyKeysKeepsThemAll(@TempDir Path dir) {
		try (CompanyGroups groups = new CompanyGroups(PlanMemory.of(dir, 1))) {
			Group many = group(9);
			List<CompanyKey> govNos = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				govNos.add(key(CompanyKey.Kind.GOV_NO, Integer.toString(5_560_000 + i)));
			}
			groups.register(govNos, many);
			groups.endChunk();
			groups.register(keys(1), group(1));
			groups.register(keys(2), group(2));
			groups.endChunk();
			assertThat(groups.spilled()).isEqualTo(1);
			Group back = groups.find(govNos.get(0)).orElseThrow();
			for (CompanyKey key : govNos) {
				assertThat(groups.find(key)).containsSame(back);
			}
		}
	}

	private static List<CompanyKey> keys(int n) {
		return List.of(key(CompanyKey.Kind.CUSTOMER_NO, (n % 4 == 0) ? "K-" + n : "00" + n),
				key(CompanyKey.Kind.GOV_NO, "55600" + (10000 + n)));
	}

	private static Group group(long id) {
		return new Group(id, false, 2, FieldHashes.NONE);
	}

	private static CompanyKey key(CompanyKey.Kind kind, String value) {
		return new CompanyKey(kind, value);
	}

}
