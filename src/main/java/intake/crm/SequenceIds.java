package intake.crm;

import org.springframework.jdbc.core.simple.JdbcClient;

import intake.plan.IdAllocator;

/**
 * Record ids from database sequences that step by 1000: each {@code nextval} reserves a
 * block of 1000 ids, so ids are allocated without a round trip per record. Not
 * thread-safe; one per import pass.
 */
public final class SequenceIds implements IdAllocator {

	private static final int BLOCK = 1000;

	private final JdbcClient jdbc;

	private final Block companies = new Block("company_seq");

	private final Block contacts = new Block("contact_seq");

	private final Block others = new Block("record_seq");

	public SequenceIds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long nextCompanyId() {
		return this.companies.next();
	}

	@Override
	public long nextContactId() {
		return this.contacts.next();
	}

	@Override
	public long nextId(String entity) {
		return switch (entity) {
			case "companies" -> nextCompanyId();
			case "contacts" -> nextContactId();
			default -> this.others.next();
		};
	}

	private final class Block {

		private final String sequence;

		private long next;

		private long end;

		Block(String sequence) {
			this.sequence = sequence;
		}

		long next() {
			if (this.next >= this.end) {
				this.next = SequenceIds.this.jdbc.sql("SELECT NEXTVAL('" + this.sequence + "')")
					.query(Long.class)
					.single();
				this.end = this.next + BLOCK;
			}
			return this.next++;
		}

	}

}
