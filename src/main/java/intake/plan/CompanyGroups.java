package intake.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.h2.mvstore.MVMap;

import intake.validate.NaturalKeys;

/**
 * The companies of one file, found by natural key. Per company it keeps an id, its first
 * line and one hash per company field with a value. Customer and organisation numbers
 * made of digits (nearly all) are held as numbers in open-addressing tables, not as
 * strings in hash-map entries: a million-row file of 360,000 companies keeps about 55 MB
 * here instead of 170 MB.
 * <p>
 * Past {@link PlanMemory#groupsInHeap()} companies, at the end of a chunk, those no row
 * has named for longest go to a {@link Spill} file (each with its keys), and a row that
 * names one of them again reads it back: memory stays flat however many companies the
 * file holds. A fixed-size Bloom filter over the spilled keys spares the file the
 * look-ups of keys never spilled (every new company's). A company is either in the heap,
 * under all its keys, or in the file, so one company is always one {@link Group}.
 */
public final class CompanyGroups implements AutoCloseable {

	/**
	 * Bits of the Bloom filter over the spilled keys (4 MB, allocated on the first
	 * spill).
	 */
	private static final int BLOOM_BITS = 1 << 25;

	private final PlanMemory memory;

	private DigitKeyTable customerNumbers = new DigitKeyTable();

	private DigitKeyTable govNumbers = new DigitKeyTable();

	private Map<CompanyKey, Group> others = new HashMap<>();

	/** Distinct groups in the tables above. */
	private int inHeap;

	/**
	 * The current chunk (0, 1, …): a group's {@code lastUsed} is the chunk that last
	 * named it.
	 */
	private int chunk;

	/** Marks groups visited by a spill round. */
	private int round;

	private Cold cold;

	/** Spill serials handed out: a group's id need not be unique (below). */
	private long serials;

	private boolean closed;

	/** Companies kept in the heap however many there are. */
	public CompanyGroups() {
		this(PlanMemory.UNBOUNDED);
	}

	/**
	 * @param memory how many companies stay in the heap, and where the others go
	 */
	public CompanyGroups(PlanMemory memory) {
		this.memory = memory;
	}

	Optional<Group> find(CompanyKey key) {
		DigitKeyTable table = tableOf(key.kind());
		long code = (table != null) ? DigitKeyTable.code(key.value()) : 0;
		Group group = (code != 0) ? table.get(code) : this.others.get(key);
		if (group == null && this.cold != null) {
			group = this.cold.load(key.kind(), code, key.value());
			if (group != null) {
				this.inHeap++;
			}
		}
		if (group != null) {
			group.lastUsed = this.chunk;
		}
		return Optional.ofNullable(group);
	}

	/**
	 * Files a group under keys that {@link #find} answered with this group or with
	 * nothing.
	 */
	void register(List<CompanyKey> keys, Group group) {
		if (group.lastUsed < 0) {
			this.inHeap++;
		}
		group.lastUsed = this.chunk;
		for (CompanyKey key : keys) {
			DigitKeyTable table = tableOf(key.kind());
			long code = (table != null) ? DigitKeyTable.code(key.value()) : 0;
			put(key.kind(), code, key.value(), group);
		}
	}

	private void put(CompanyKey.Kind kind, long code, String value, Group group) {
		if (code != 0) {
			tableOf(kind).putIfAbsent(code, group);
		}
		else {
			this.others.putIfAbsent(new CompanyKey(kind, value), group);
		}
	}

	/** How many companies are in the heap now. */
	int inHeap() {
		return this.inHeap;
	}

	/** How many companies have gone to the spill file, counting each spill. */
	long spilled() {
		return (this.cold != null) ? this.cold.spilled : 0;
	}

	/**
	 * Ends a chunk: no group is pending now. Past the heap's share, moves the groups
	 * named longest ago (never one of this chunk) to the spill file, down to three
	 * quarters of the share.
	 */
	void endChunk() {
		if (this.inHeap > this.memory.groupsInHeap() && this.memory.spillDirectory().isPresent() && !this.closed) {
			spill(this.inHeap - this.memory.groupsInHeap() * 3 / 4);
		}
		this.chunk++;
	}

	private void spill(int wanted) {
		int[] byChunk = new int[this.chunk + 1];
		int visit = ++this.round;
		forEachEntry((kind, code, value, group) -> {
			if (group.mark != visit) {
				group.mark = visit;
				byChunk[group.lastUsed]++;
			}
		});
		int upTo = -1;
		for (int sum = 0; upTo + 1 < this.chunk && sum < wanted;) {
			upTo++;
			sum += byChunk[upTo];
		}
		if (upTo < 0) {
			return;
		}
		int last = upTo;
		Map<Group, List<ColdKey>> leaving = new IdentityHashMap<>();
		DigitKeyTable customers = new DigitKeyTable();
		DigitKeyTable govs = new DigitKeyTable();
		Map<CompanyKey, Group> rest = new HashMap<>();
		forEachEntry((kind, code, value, group) -> {
			if (group.lastUsed <= last && group.pending == null && group.pendingUpdate == null) {
				leaving.computeIfAbsent(group, (g) -> new ArrayList<>(2)).add(new ColdKey(kind, code, value));
			}
			else if (code != 0) {
				((kind == CompanyKey.Kind.CUSTOMER_NO) ? customers : govs).putIfAbsent(code, group);
			}
			else {
				rest.put(new CompanyKey(kind, value), group);
			}
		});
		if (this.cold == null) {
			this.cold = new Cold(Spill.open(this.memory.spillDirectory().orElseThrow()));
		}
		this.cold.store(leaving);
		this.customerNumbers = customers;
		this.govNumbers = govs;
		this.others = rest;
		this.inHeap -= leaving.size();
	}

	private void forEachEntry(EntryAction action) {
		this.customerNumbers.forEach((code, group) -> action.accept(CompanyKey.Kind.CUSTOMER_NO, code, null, group));
		this.govNumbers.forEach((code, group) -> action.accept(CompanyKey.Kind.GOV_NO, code, null, group));
		this.others.forEach((key, group) -> action.accept(key.kind(), 0, key.value(), group));
	}

	/** Deletes the spill file, if there is one. */
	@Override
	public void close() {
		this.closed = true;
		if (this.cold != null) {
			this.cold.spill.close();
			this.cold = null;
		}
	}

	@FunctionalInterface
	private interface EntryAction {

		/** A key (a digit code, else 0 and its text) with its group. */
		void accept(CompanyKey.Kind kind, long code, String value, Group group);

	}

	private DigitKeyTable tableOf(CompanyKey.Kind kind) {
		return switch (kind) {
			case CUSTOMER_NO -> this.customerNumbers;
			case GOV_NO -> this.govNumbers;
			case NAME_POSTCODE -> null;
		};
	}

	/** A spilled key: a digit code, else 0 and its text. */
	private record ColdKey(CompanyKey.Kind kind, long code, String value) {
	}

	/** The spilled groups and their keys. */
	private final class Cold {

		final Spill spill;

		final MVMap<Long, Long> customerCodes;

		final MVMap<Long, Long> govCodes;

		final MVMap<String, Long> texts;

		final MVMap<Long, byte[]> groups;

		final long[] bloom = new long[BLOOM_BITS / 64];

		long spilled;

		Cold(Spill spill) {
			this.spill = spill;
			this.customerCodes = spill.numbers("customer-numbers");
			this.govCodes = spill.numbers("gov-numbers");
			this.texts = spill.texts("other-keys");
			this.groups = spill.records("groups");
		}

		void store(Map<Group, List<ColdKey>> leaving) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
			DataOutputStream out = new DataOutputStream(bytes);
			for (Map.Entry<Group, List<ColdKey>> entry : leaving.entrySet()) {
				Group group = entry.getKey();
				if (group.serial == 0) {
					// Not the id: a preview's counted ids may equal a stored company's,
					// and
					// two groups may hold one stored company (one row named it by
					// customer
					// number only, another by organisation number only).
					group.serial = ++CompanyGroups.this.serials;
				}
				for (ColdKey key : entry.getValue()) {
					if (key.code() != 0) {
						codes(key.kind()).put(key.code(), group.serial);
					}
					else {
						this.texts.put(text(key.kind(), key.value()), group.serial);
					}
					addToBloom(hash(key.kind(), key.code(), key.value()));
				}
				bytes.reset();
				try {
					encode(group, entry.getValue(), out);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.groups.put(group.serial, bytes.toByteArray());
				this.spilled++;
			}
			this.spill.commit();
		}

		/** The spilled group of a key, filed in the heap again under all its keys. */
		Group load(CompanyKey.Kind kind, long code, String value) {
			if (!mayHold(hash(kind, code, value))) {
				return null;
			}
			Long serial = (code != 0) ? codes(kind).get(code) : this.texts.get(text(kind, value));
			if (serial == null) {
				return null;
			}
			byte[] record = this.groups.get(serial);
			try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(record))) {
				Group group = decode(in);
				group.serial = serial;
				int keys = in.readInt();
				boolean asked = false;
				for (int i = 0; i < keys; i++) {
					CompanyKey.Kind keyKind = CompanyKey.Kind.values()[in.readUnsignedByte()];
					long keyCode = in.readLong();
					String keyValue = (keyCode == 0) ? in.readUTF() : null;
					asked |= keyKind == kind && keyCode == code && (code != 0 || keyValue.equals(value));
					put(keyKind, keyCode, keyValue, group);
				}
				if (!asked) {
					throw new IllegalStateException("The spilled company " + group.id + " does not hold the key " + kind
							+ " " + value + " that points at it");
				}
				return group;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private MVMap<Long, Long> codes(CompanyKey.Kind kind) {
			return (kind == CompanyKey.Kind.CUSTOMER_NO) ? this.customerCodes : this.govCodes;
		}

		private static String text(CompanyKey.Kind kind, String value) {
			return (char) ('0' + kind.ordinal()) + value;
		}

		private void addToBloom(long hash) {
			long second = mix(hash ^ 0x632BE59BD9B4E019L);
			for (int i = 0; i < 3; i++) {
				int bit = (int) ((hash + i * second) & (BLOOM_BITS - 1));
				this.bloom[bit >>> 6] |= 1L << bit;
			}
		}

		private boolean mayHold(long hash) {
			long second = mix(hash ^ 0x632BE59BD9B4E019L);
			for (int i = 0; i < 3; i++) {
				int bit = (int) ((hash + i * second) & (BLOOM_BITS - 1));
				if ((this.bloom[bit >>> 6] & (1L << bit)) == 0) {
					return false;
				}
			}
			return true;
		}

		private static long hash(CompanyKey.Kind kind, long code, String value) {
			long h = kind.ordinal() * 0x9E3779B97F4A7C15L;
			if (code != 0) {
				return mix(h ^ code);
			}
			for (int i = 0; i < value.length(); i++) {
				h = h * 31 + value.charAt(i);
			}
			return mix(h ^ value.length());
		}

		private static long mix(long z) {
			z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
			z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
			return z ^ (z >>> 33);
		}

		private static void encode(Group group, List<ColdKey> keys, DataOutputStream out) throws IOException {
			out.writeLong(group.id);
			out.writeLong(group.firstLine);
			out.writeByte((group.existing ? 1 : 0) | (group.counted ? 2 : 0) | (group.createdEarlier ? 4 : 0));
			out.writeByte((group.status == null) ? 0 : group.status.ordinal() + 1);
			out.writeShort(group.hashes.length);
			for (int hash : group.hashes) {
				out.writeInt(hash);
			}
			out.writeInt(keys.size());
			for (ColdKey key : keys) {
				out.writeByte(key.kind().ordinal());
				out.writeLong(key.code());
				if (key.code() == 0) {
					out.writeUTF(key.value());
				}
			}
		}

		private static Group decode(DataInputStream in) throws IOException {
			long id = in.readLong();
			long firstLine = in.readLong();
			int flags = in.readUnsignedByte();
			int status = in.readUnsignedByte();
			int[] hashes = new int[in.readUnsignedShort()];
			for (int i = 0; i < hashes.length; i++) {
				hashes[i] = in.readInt();
			}
			Group group = new Group(id, (flags & 1) != 0, firstLine, (hashes.length == 0) ? FieldHashes.NONE : hashes);
			group.counted = (flags & 2) != 0;
			group.createdEarlier = (flags & 4) != 0;
			group.status = (status == 0) ? null : RowStatus.values()[status - 1];
			return group;
		}

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

		/** The chunk that last named the group; -1 until it is filed. */
		int lastUsed = -1;

		/** The last spill round that visited the group. */
		int mark;

		/** The group's key in the spill file once spilled (0 before). */
		long serial;

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
