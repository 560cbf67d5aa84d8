package intake.plan;

/**
 * Hands out record ids before records are written, so parents and children go out in one
 * pass. Not required to be thread-safe.
 */
public interface IdAllocator {

	long nextCompanyId();

	long nextContactId();

	/**
	 * The next id of a record of any entity; companies and contacts draw from their own
	 * ranges, the other entities from one shared range.
	 * @param entity the records entity, e.g. {@code notes}
	 * @return an id no other record has
	 */
	long nextId(String entity);

	/** Whether the ids are those records will have (false for previews). */
	default boolean real() {
		return true;
	}

	/** Ids that are never written: for previews. */
	static IdAllocator counting() {
		return new IdAllocator() {
			private long next;

			@Override
			public long nextCompanyId() {
				return ++this.next;
			}

			@Override
			public long nextContactId() {
				return ++this.next;
			}

			@Override
			public long nextId(String entity) {
				return ++this.next;
			}

			@Override
			public boolean real() {
				return false;
			}
		};
	}

}
