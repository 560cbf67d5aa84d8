package intake.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

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

	private static Group group(long id) {
		return new Group(id, false, 2, FieldHashes.NONE);
	}

	private static CompanyKey key(CompanyKey.Kind kind, String value) {
		return new CompanyKey(kind, value);
	}

}
