package intake.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import intake.crm.CrmEntities;
import intake.crm.EntityTable;
import intake.crm.RecordEditor;
import intake.crm.RecordJournal;
import intake.crm.RecordQueries;

/**
 * Erases the personal data of one record on request: a contact, or a private customer (a
 * company of kind {@code private}). Every value column is cleared except the few that say
 * nothing about the person (listed per entity below, so a field added later is erased by
 * default); the required name becomes {@value #ERASED}. The version is bumped, so an undo
 * of the import that created the record keeps it. The journal rows of the record (its
 * previous values) are deleted, and so are the stored uploads and previews of every
 * import that created or updated it; those imports can still be undone, and their
 * previews answer that the file was erased.
 */
@Service
public class PersonalData {

	/** What the required name of an erased record reads. */
	public static final String ERASED = "[erased]";

	private static final Log logger = LogFactory.getLog(PersonalData.class);

	/** Per entity: the required name and the columns that are kept. */
	private static final Map<String, Policy> POLICIES = Map.of("companies",
			new Policy("CompanyName",
					Set.of("CompanyId", "CompanyKind", "CompanyIsCorporate", "CompanyCountry", "CompanyInvoiceCountry",
							"CompanyDeliveryCountry", "CompanyOwner", "CompanyIndustry", "CompanyProfit",
							"CompanyTurnover", "CompanyNrOfEmp", "CompanySupplier", "CompanyCategory",
							"CompanyDateRegistrered", "CompanyDateChanged")),
			"contacts", new Policy("ContactLastName", Set.of("ContactCountry", "ContactIsConsumer", "ContactIsEmployee",
					"ContactCustomerId", "ContactOwner")));

	private final RecordQueries queries;

	private final RecordEditor editor;

	private final RecordJournal journal;

	private final JobRepository jobs;

	private final UploadStore uploads;

	private final TransactionTemplate transactions;

	private final TenantLock tenants;

	PersonalData(RecordQueries queries, RecordEditor editor, RecordJournal journal, JobRepository jobs,
			UploadStore uploads, TransactionTemplate transactions, TenantLock tenants) {
		this.tenants = tenants;
		this.queries = queries;
		this.editor = editor;
		this.journal = journal;
		this.jobs = jobs;
		this.uploads = uploads;
		this.transactions = transactions;
	}

	/**
	 * Erases the personal data of one record of the tenant. Erasing an erased record
	 * again bumps its version and changes nothing else.
	 * @param tenantId the tenant
	 * @param entity {@code contacts} or {@code companies}
	 * @param id the record id
	 * @return the record afterwards, as Java values
	 * @throws ImportException {@code NOT_FOUND} for an unknown entity or record (also of
	 * another tenant); {@code VALIDATION} for a record that holds no personal data (other
	 * entities, companies not of kind private); {@code WRONG_STATE} while an import that
	 * created or updated the record is queued or running
	 */
	public Map<String, Object> erase(long tenantId, String entity, String id) {
		EntityTable table = CrmEntities.find(entity)
			.orElseThrow(() -> new ImportException(ErrorCode.NOT_FOUND, "There is no entity '" + entity + "'."));
		// The record first: another tenant's id answers 404 whatever its entity.
		long recordId = recordId(entity, id);
		Map<String, Object> current = this.queries.findById(tenantId, table, recordId)
			.orElseThrow(() -> notFound(entity, id));
		Policy policy = POLICIES.get(entity);
		if (policy == null) {
			throw noPersonalData(entity + " records hold no personal data");
		}
		if (entity.equals("companies") && !"private".equals(current.get("kind"))) {
			throw noPersonalData("the companies record " + id + " is of kind " + current.get("kind")
					+ ", not a private customer, so it holds no personal data");
		}
		Set<String> imports = new LinkedHashSet<>();
		Optional.ofNullable((String) current.get("importJobId")).ifPresent(imports::add);
		imports.addAll(this.journal.jobsOf(tenantId, table, recordId));
		List<ImportJob> touched = new ArrayList<>();
		for (String job : imports) {
			this.jobs.find(tenantId, job).ifPresent(touched::add);
		}
		for (ImportJob job : touched) {
			if (job.status() == JobStatus.QUEUED || job.status() == JobStatus.RUNNING) {
				throw new ImportException(ErrorCode.WRONG_STATE,
						"The import " + job.id() + " that wrote this record is " + job.status().name()
								+ "; erase the record when it has ended.");
			}
		}
		// Files first: when the database step fails, erasing again finds the same
		// imports.
		for (ImportJob job : touched) {
			this.uploads.erase(job.id());
			this.jobs.updateColumns(ImportJobs.withColumns(job, job.columns()
				.stream()
				.map((c) -> new JobColumn(c.index(), c.header(), c.field(), c.confidence(), c.suggestions(), List.of()))
				.toList()));
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (EntityTable.Column column : table.valueColumns()) {
			if (!policy.kept().contains(column.field().key())) {
				values.put(column.key(), null);
			}
		}
		values.put(policy.name(), ERASED);
		Integer journalRows = this.transactions.execute((status) -> {
			// a writer like any other: an import that planned a chunk ahead sees it
			this.tenants.lock(tenantId);
			if (!this.editor.update(tenantId, table, recordId, values, OptionalLong.empty())) {
				throw notFound(entity, id);
			}
			return this.journal.delete(tenantId, table, recordId);
		});
		logger.info("Erased the personal data of " + entity + " record " + id + " of tenant " + tenantId
				+ " on request: " + journalRows + " journal rows and the stored files of " + touched.size()
				+ " imports deleted " + touched.stream().map(ImportJob::id).toList());
		return this.queries.findById(tenantId, table, recordId).orElseThrow(() -> notFound(entity, id));
	}

	private static ImportException noPersonalData(String reason) {
		return new ImportException(ErrorCode.VALIDATION, "Cannot erase: " + reason
				+ ". Erasure applies to contacts and to private customers (companies of kind private).");
	}

	private static long recordId(String entity, String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw notFound(entity, id);
		}
	}

	private static ImportException notFound(String entity, String id) {
		return new ImportException(ErrorCode.NOT_FOUND, "There is no " + entity + " record " + id + ".");
	}

	/**
	 * @param name the required name field, set to {@link #ERASED}
	 * @param kept field keys whose values stay
	 */
	private record Policy(String name, Set<String> kept) {
	}

}
