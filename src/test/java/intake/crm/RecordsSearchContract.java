package intake.crm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import intake.plan.NewRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link RecordQueries#search}: the text search of the records pages, over the main
 * fields of an entity, in tenants of each test's own. Subclasses run it on H2 and on
 * PostgreSQL.
 */
@SpringBootTest
abstract class RecordsSearchContract {

	@Autowired
	RecordWriter writer;

	@Autowired
	RecordQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	long tenant;

	long other;

	@BeforeEach
	void tenants() {
		this.tenant = tenant();
		this.other = tenant();
	}

	@Test
	void companiesAreFoundByTheStartOfNameCustomerNumberOrCityIgnoringCaseNewestFirst() {
		long acme = insert(this.tenant, "companies", Map.of("CompanyKind", "customer", "CompanyId", "17", "CompanyName",
				"Acme AB", "CompanyPostCity", "Umeå"));
		long acmeBygg = insert(this.tenant, "companies",
				Map.of("CompanyKind", "customer", "CompanyId", "18", "CompanyName", "ACME Bygg"));
		long fjord = insert(this.tenant, "companies",
				Map.of("CompanyKind", "customer", "CompanyId", "177", "CompanyName", "Fjordkraft AS"));

		assertThat(ids(search("companies", Map.of(), "acme"))).containsExactly(acmeBygg, acme);
		assertThat(ids(search("companies", Map.of(), "  Acme B "))).containsExactly(acmeBygg);
		assertThat(ids(search("companies", Map.of(), "17"))).containsExactly(fjord, acme);
		assertThat(ids(search("companies", Map.of(), "umeå"))).containsExactly(acme);
		assertThat(ids(search("companies", Map.of(), "kraft"))).as("the start of a field, not any part").isEmpty();
		assertThat(search("companies", Map.of(), "").total()).isEqualTo(3);
	}

	@Test
	void wildcardsInTheTextAreLiteral() {
		long percent = insert(this.tenant, "companies",
				Map.of("CompanyKind", "customer", "CompanyId", "1", "CompanyName", "100% Ren AB"));
		insert(this.tenant, "companies",
				Map.of("CompanyKind", "customer", "CompanyId", "2", "CompanyName", "1000 Ren"));
		long underscore = insert(this.tenant, "companies",
				Map.of("CompanyKind", "customer", "CompanyId", "3", "CompanyName", "A_B"));
		insert(this.tenant, "companies", Map.of("CompanyKind", "customer", "CompanyId", "4", "CompanyName", "AXB"));

		assertThat(ids(search("companies", Map.of(), "100%"))).containsExactly(percent);
		assertThat(ids(search("companies", Map.of(), "a_"))).containsExactly(underscore);
	}

	@Test
	void contactsAreFoundByEitherNameOrEmailWithinTheFiltersAndTheTenant() {
		long acme = insert(this.tenant, "companies",
				Map.of("CompanyKind", "customer", "CompanyId", "17", "CompanyName", "Acme AB"));
		long other = insert(this.tenant, "companies",
				Map.of("CompanyKind", "customer", "CompanyId", "18", "CompanyName", "Berg AB"));
		long eva = insertChild(this.tenant, "contacts", acme,
				Map.of("ContactFirstName", "Eva", "ContactLastName", "Berg", "ContactEmail", "eva@acme.se"));
		long per = insertChild(this.tenant, "contacts", other,
				Map.of("ContactFirstName", "Per", "ContactLastName", "Bergström", "ContactEmail", "per@berg.se"));
		long stranger = insert(this.other, "companies",
				Map.of("CompanyKind", "customer", "CompanyId", "17", "CompanyName", "Berg Främling"));
		insertChild(this.other, "contacts", stranger,
				Map.of("ContactFirstName", "Berg", "ContactLastName", "Främling"));

		assertThat(ids(search("contacts", Map.of(), "berg"))).containsExactly(per, eva);
		assertThat(ids(search("contacts", Map.of(), "EVA@"))).containsExactly(eva);
		assertThat(ids(search("contacts", Map.of("companyId", Long.toString(acme)), "berg"))).containsExactly(eva);
		assertThat(ids(search("companies", Map.of(), "berg"))).containsExactly(other);
	}

	@Test
	void pagesCountEveryMatchAndUnknownFiltersAreRefused() {
		for (int i = 0; i < 5; i++) {
			insert(this.tenant, "accounts", Map.of("AccountNo", "30" + i, "AccountName", "Försäljning " + i));
		}
		RecordQueries.Page page = this.queries.search(this.tenant, CrmEntities.get("accounts"), Map.of(), "förs", 2, 2);
		assertThat(page.total()).isEqualTo(5);
		assertThat(page.items()).extracting((r) -> r.get("AccountName"))
			.containsExactly("Försäljning 2", "Försäljning 1");
		assertThatThrownBy(() -> search("accounts", Map.of("Nonsense", "1"), "x"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Nonsense");
	}

	private RecordQueries.Page search(String entity, Map<String, String> filters, String text) {
		return this.queries.search(this.tenant, CrmEntities.get(entity), filters, text, 50, 0);
	}

	private static List<Long> ids(RecordQueries.Page page) {
		return page.items().stream().map((r) -> Long.valueOf((String) r.get("id"))).toList();
	}

	private long tenant() {
		long id = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
		this.jdbc.sql("INSERT INTO tenant (id, name) VALUES (:id, :name)")
			.param("id", id)
			.param("name", "search-" + UUID.randomUUID())
			.update();
		return id;
	}

	private long insert(long tenantId, String entity, Map<String, Object> values) {
		return write(tenantId, entity, Optional.empty(), values);
	}

	private long insertChild(long tenantId, String entity, long parent, Map<String, Object> values) {
		return write(tenantId, entity, Optional.of(parent), values);
	}

	private long write(long tenantId, String entity, Optional<Long> parent, Map<String, Object> values) {
		long id = new SequenceIds(this.jdbc).nextId(entity);
		NewRecord record = new NewRecord(entity, id, parent, 2, new HashMap<>(values));
		this.transactions.executeWithoutResult((status) -> this.writer.insert(tenantId, null, List.of(record)));
		return id;
	}

}
