package intake.plan;

/**
 * Database records per entity, as the counting model of the API defines them.
 */
public record EntityCounts(long created, long updated, long unchanged, long skipped) {

	public static final EntityCounts ZERO = new EntityCounts(0, 0, 0, 0);

	public EntityCounts plus(EntityCounts other) {
		return new EntityCounts(this.created + other.created, this.updated + other.updated,
				this.unchanged + other.unchanged, this.skipped + other.skipped);
	}

}
