package intake.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import intake.validate.NaturalKeys;

/**
 * The companies of one file, found by natural key. Memory grows with distinct companies,
 * not with rows: per company an id, its first line and one hash per company field with a
 * value. Customer and organisation numbers made of digits (nearly all) are held as
 * numbers in open-addressing tables, not as strings in hash-map entries: a million-row
 * file of 360,000 companies then keeps about 60 MB here instead of 170 MB.
 */
public final class CompanyGroups {

	private final DigitKeyTable customerNumbers = new DigitKeyTable();

	private final DigitKeyTable govNumbers = new DigitKeyTable();

	private final Map<CompanyKey, Group> others = new HashMap<>();

	Optional<Group> find(CompanyKey key) {
		DigitKeyTable table = tableOf(key.kind());
		long code = (table != null) ? DigitKeyTable.code(key.value()) : 0;
		return Optional.ofNullable((code != 0) ? table.get(code) : this.others.get(key));
	}

	void register(List<CompanyKey> keys, Group group) {
		for (CompanyKey key : keys) {
			DigitKeyTable table = tableOf(key.kind());
			long code = (table != null) ? DigitKeyTable.code(key.value()) : 0;
			if (code != 0) {
				table.putIfAbsent(code, group);
			}
			else {
				this.others.putIfAbsent(key, group);
			}
		}
	}

	private DigitKeyTable tableOf(CompanyKey.Kind kind) {
		return switch (kind) {
			case CUSTOMER_NO -> this.customerNumbers;
			case GOV_NO -> this.govNumbers;
			case NAME_POSTCODE -> null;
		};
	}

	/**
	 * The natural keys of a row: customer number and organisation number when present,
	 * otherwise name and postcode.
	 */
	public static List<CompanyKey> keysOf(Map<String, Object> values) {
		List<CompanyKey> keys = new ArrayList<>(2);
		text(values, "CompanyId")
			.ifPresent((id) -> keys.add(new CompanyKey(CompanyKey.Kind.CUSTOMER_NO, NaturalKeys.text(id))));
		text(values, "CompanyGovNo")
			.ifPresent((no) -> keys.add(new CompanyKey(CompanyKey.Kind.GOV_NO, NaturalKeys.govNo(no))));
		if (keys.isEmpty()) {
			keys.add(new CompanyKey(CompanyKey.Kind.NAME_POSTCODE, nameKey(values)));
		}
		return keys;
	}

	/**
	 * The lower-case name and the postcode without spaces, joined by a unit separator.
	 */
	public static String nameKey(Map<String, Object> values) {
		String name = text(values, "CompanyName").orElse("").toLowerCase(Locale.ROOT);
		String postcode = text(values, "CompanyPostPostcode").orElse("").replace(" ", "");
		return name + "\u001f" + postcode;
	}

	private static Optional<String> text(Map<String, Object> values, String key) {
		Object value = values.get(key);
		return (value instanceof String s && !s.isBlank()) ? Optional.of(s) : Optional.empty();
	}

	/** One company of the file. */
	static final class Group {

		final long id;

		final boolean existing;

		final long firstLine;

		/** See {@link FieldHashes}. */
		int[] hashes;

		boolean counted;

		/**
		 * Replaying: this import created the company before it was interrupted; counted
		 * as created again, not inserted again.
		 */
		boolean createdEarlier;

		NewRecord pending;

		/** For a stored company: UPDATE or UNCHANGED once its first row is planned. */
		RowStatus status;

		/** For a stored company: its update planned in the current chunk, if any. */
		RecordUpdate pendingUpdate;

		Group(long id, boolean existing, long firstLine, int[] hashes) {
			this.id = id;
			this.existing = existing;
			this.firstLine = firstLine;
			this.hashes = hashes;
		}

	}

}
