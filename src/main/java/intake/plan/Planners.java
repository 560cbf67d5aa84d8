package intake.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import intake.schema.ImportType;
import intake.schema.ImportTypes;

/**
 * The planner of an import type: companies and their siblings by {@link CompanyPlanner}
 * with their references (owner, categories) resolved first, every other type by
 * {@link RecordPlanner}.
 */
public final class Planners {

	private Planners() {
	}

	/**
	 * @param type the import type
	 * @param options mode, company match keys, empty-cell rule and mapped fields
	 * @param extra the other types' options
	 * @param mapped the mapped field keys with their column index
	 * @param firstFreeCustomerNumber the customer number given to the first company
	 * without one
	 * @param companies the tenant's companies and contacts, for the company types
	 * @param records the tenant's records
	 * @param ids where record ids come from
	 * @param memory how many of the file's companies stay in the heap
	 * @return a planner for one pass, to be closed when it ends
	 * @throws IllegalArgumentException when the type does not support the options' mode
	 */
	public static Planner of(ImportType type, PlanOptions options, RecordOptions extra, Map<String, Integer> mapped,
			long firstFreeCustomerNumber, CompanyDirectory companies, RecordDirectory records, IdAllocator ids,
			PlanMemory memory) {
		if (ImportTypes.companyKind(type).isEmpty()) {
			return new RecordPlanner(type, options, extra, mapped, records, ids);
		}
		CompanyPlanner planner = new CompanyPlanner(type, options, firstFreeCustomerNumber, companies, ids, memory);
		References references = new References(type, mapped, records, ids, extra.createMissing());
		return references.any() ? new Referencing(planner, references) : planner;
	}

	/** Resolves a chunk's references before the company planner sees it. */
	private record Referencing(CompanyPlanner planner, References references) implements Planner {

		@Override
		public ChunkPlan plan(List<PlanInput> chunk) {
			References.Resolved resolved = this.references.resolve(chunk);
			return merge(resolved, this.planner.plan(resolved.rows()));
		}

		@Override
		public ChunkPlan replay(List<PlanInput> chunk) {
			References.Resolved resolved = this.references.resolve(chunk);
			return merge(resolved, this.planner.replay(resolved.rows()));
		}

		@Override
		public long spilled() {
			return this.planner.spilled();
		}

		@Override
		public void close() {
			this.planner.close();
		}

		@Override
		public java.util.OptionalLong nextCustomerNumber() {
			return this.planner.nextCustomerNumber();
		}

		@Override
		public void customerNumbersFrom(long next) {
			this.planner.customerNumbersFrom(next);
		}

		private static ChunkPlan merge(References.Resolved resolved, ChunkPlan plan) {
			if (resolved.inserts().isEmpty()) {
				return plan;
			}
			List<NewRecord> inserts = new ArrayList<>(resolved.inserts());
			inserts.addAll(plan.inserts());
			Map<String, EntityCounts> counts = new LinkedHashMap<>(plan.counts());
			resolved.counts().forEach((entity, c) -> counts.merge(entity, c, EntityCounts::plus));
			return new ChunkPlan(plan.rows(), inserts, plan.fills(), counts, plan.updates(), plan.fillEntity());
		}

	}

}
