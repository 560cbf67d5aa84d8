package intake.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import intake.crm.LinkIntegrity;
import intake.crm.LinkTargetGoneException;
import intake.plan.ChunkPlan;
import intake.plan.NewRecord;
import intake.support.CompanyFiles;
import intake.support.Http;
import intake.support.NoDanglingLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Links between records stay intact without foreign keys (V13, {@link LinkIntegrity}):
 * many clients at once delete companies and contacts (records API and undo) while others
 * create and re-point notes, tasks and contacts at them (records API and small imports).
 * Afterwards no link points at a missing record, every write that was answered with
 * success holds, and every refused one got its 409, 422 or row error. A journal restore
 * of a link to a record deleted since keeps the record and lists it. Subclasses run it on
 * H2 and on PostgreSQL.
 */
@ExtendWith(NoDanglingLinks.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class LinkIntegrityContract {

	@LocalServerPort
	int port;

	@Autowired
	LinkIntegrity integrity;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String tag;

	@BeforeEach
	void client() {
		this.tag = "l" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		// A token: HTTP Basic would run bcrypt on every one of the many calls.
		Http admin = new Http(this.port);
		Http.Response token = admin.post("/api/v1/tokens", "{\"name\": \"links " + this.tag + "\"}");
		assertThat(token.status()).as(token.body()).isEqualTo(201);
		this.http = admin.withToken(token.json().get("token").asString());
	}

	@Test
	void concurrentDeletesAndLinkingWritesNeverLeaveALinkPointingNowhere() throws Exception {
		List<String> companies = new ArrayList<>();
		Map<String, String> customerNumbers = new ConcurrentHashMap<>();
		List<String> contacts = new ArrayList<>();
		Map<String, String> companyOf = new ConcurrentHashMap<>();
		for (int c = 0; c < 12; c++) {
			JsonNode company = created(this.http.post("/api/v1/records/companies",
					"{\"CompanyName\": \"Länk " + this.tag + " " + c + "\"}"));
			companies.add(id(company));
			customerNumbers.put(id(company), company.get("CompanyId").asString());
			for (int k = 0; k < 2; k++) {
				JsonNode contact = created(this.http.post("/api/v1/records/contacts",
						"{\"ContactFirstName\": \"Åsa\", \"ContactLastName\": \"Öberg " + c + "." + k
								+ "\", \"companyId\": \"" + id(company) + "\"}"));
				contacts.add(id(contact));
				companyOf.put(id(contact), id(company));
			}
		}
		String imported = importFile("companies",
				UndoFlowContract.companies(this.tag, 8, 2).replace("Undo ", "Länkad "));
		List<String> importedCompanies = ids("companies", imported);
		List<String> importedContacts = ids("contacts", imported);
		List<String> allCompanies = new ArrayList<>(companies);
		allCompanies.addAll(importedCompanies);
		List<String> allContacts = new ArrayList<>(contacts);
		allContacts.addAll(importedContacts);

		List<String> outcomes = new CopyOnWriteArrayList<>();
		Set<String> deleted = ConcurrentHashMap.newKeySet();
		Set<String> notFound = ConcurrentHashMap.newKeySet();
		Map<String, String> notes = new ConcurrentHashMap<>();
		Set<String> tasks = ConcurrentHashMap.newKeySet();
		List<Runnable> clients = new ArrayList<>();
		for (int t = 0; t < 2; t++) {
			Random random = new Random(t);
			clients.add(() -> {
				for (int op = 0; op < 30; op++) {
					boolean contact = random.nextBoolean();
					String id = pick(random, contact ? contacts : companies);
					String entity = contact ? "contacts" : "companies";
					Http.Response response = this.http.delete("/api/v1/records/" + entity + "/" + id);
					outcomes.add("DELETE " + response.status());
					switch (response.status()) {
						case 204 -> deleted.add(entity + " " + id);
						case 404 -> notFound.add(entity + " " + id);
						case 409 -> assertThat(response.body()).contains("WRONG_STATE", "still referenced by");
						default -> throw new AssertionError(
								"DELETE " + entity + " " + id + ": " + response.status() + " " + response.body());
					}
				}
			});
		}
		for (int t = 0; t < 2; t++) {
			Random random = new Random(10 + t);
			// Each client re-points only its own notes on companies made by hand, and
			// only
			// to those, so the last write is known and what points at an imported company
			// stays.
			List<String> own = new ArrayList<>();
			clients.add(() -> {
				for (int op = 0; op < 30; op++) {
					String company = pick(random, allCompanies);
					String contact = pick(random, allContacts);
					switch (op % 3) {
						case 0 -> {
							Http.Response response = this.http.post("/api/v1/records/notes",
									"{\"NoteTitle\": \"Ring " + op + "\", \"companyId\": \"" + company
											+ "\", \"contactId\": \"" + contact + "\"}");
							outcomes.add("POST notes " + response.status());
							if (linkWrite(response, 201)) {
								notes.put(id(response.json()), company);
								if (companies.contains(company)) {
									own.add(id(response.json()));
								}
							}
						}
						case 1 -> {
							Http.Response response = this.http.post("/api/v1/records/tasks",
									"{\"TaskTitle\": \"Möte " + op + "\", \"companyId\": \"" + company + "\"}");
							outcomes.add("POST tasks " + response.status());
							if (linkWrite(response, 201)) {
								tasks.add(id(response.json()));
							}
						}
						default -> {
							Optional<String> note = own.isEmpty() ? Optional.empty()
									: Optional.of(own.get(random.nextInt(own.size())));
							if (note.isEmpty()) {
								continue;
							}
							company = pick(random, companies);
							Http.Response response = this.http.patch("/api/v1/records/notes/" + note.get(),
									"{\"companyId\": \"" + company + "\"}");
							outcomes.add("PATCH notes " + response.status());
							if (linkWrite(response, 200)) {
								notes.put(note.get(), company);
							}
						}
					}
				}
			});
		}
		clients.add(() -> {
			for (int i = 0; i < 2; i++) {
				StringBuilder csv = new StringBuilder("Rubrik;Företag\r\n");
				Random random = new Random(20 + i);
				for (int row = 0; row < 6; row++) {
					csv.append("Import ").append(i).append('.').append(row).append(';');
					csv.append(customerNumbers.get(pick(random, companies))).append("\r\n");
				}
				JsonNode job = waitForEnd(startImport("notes", csv.toString()));
				outcomes.add("IMPORT notes " + job.get("status").asString());
				assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
				JsonNode rows = job.get("rows");
				assertThat(rows.get("imported").asLong() + rows.get("failed").asLong()).isEqualTo(6);
			}
		});
		clients.add(() -> {
			Http.Response undo = this.http.post("/api/v1/imports/" + imported + "/undo", null);
			assertThat(undo.status()).as(undo.body()).isEqualTo(202);
			outcomes.add("UNDO " + waitForEnd(imported).get("status").asString());
		});
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		try {
			List<Future<?>> running = new ArrayList<>();
			clients.forEach((client) -> running.add(pool.submit(client)));
			for (Future<?> client : running) {
				client.get(3, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.integrity.dangling(20)).isEmpty();
		assertThat(outcomes).contains("UNDO UNDONE", "IMPORT notes COMPLETED");
		assertThat(deleted).as("404 only for a record another client deleted").containsAll(notFound);
		for (String entity : deleted) {
			String[] parts = entity.split(" ");
			assertThat(count(parts[0].equals("contacts") ? "contact" : "company", parts[1])).as(entity).isZero();
		}
		notes.forEach((note, company) -> {
			assertThat(count("note", note)).as("note %s", note).isOne();
			assertThat(this.jdbc.sql("SELECT company_ref_id FROM note WHERE id = :id")
				.param("id", Long.parseLong(note))
				.query(Long.class)
				.single()).as("note %s points at the company last written", note).isEqualTo(Long.parseLong(company));
		});
		tasks.forEach((task) -> assertThat(count("task", task)).isOne());
		// What undo kept is what a note or task still points at.
		for (String company : importedCompanies) {
			if (count("company", company) == 1) {
				assertThat(this.jdbc
					.sql("SELECT (SELECT COUNT(*) FROM note WHERE company_ref_id = :id)"
							+ " + (SELECT COUNT(*) FROM task WHERE company_ref_id = :id)"
							+ " + (SELECT COUNT(*) FROM contact WHERE company_ref_id = :id"
							+ " AND (import_job_id IS NULL OR import_job_id <> :job))")
					.param("id", Long.parseLong(company))
					.param("job", imported)
					.query(Long.class)
					.single()).as("imported company %s kept by undo", company).isPositive();
			}
		}
		System.out.println("Concurrent outcomes: " + tally(outcomes));
	}

	@Test
	void aDeleteAndALinkToTheSameRecordAtOnceExactlyOneWins() throws Exception {
		List<String[]> pairs = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String company = id(created(this.http.post("/api/v1/records/companies",
					"{\"CompanyName\": \"Duell " + this.tag + " " + i + "\"}")));
			pairs.add(new String[] { "companies", company, "notes",
					"{\"NoteTitle\": \"Duell " + i + "\", \"companyId\": \"" + company + "\"}" });
			String contact = id(created(this.http.post("/api/v1/records/contacts",
					"{\"ContactLastName\": \"Duell " + i + "\", \"companyId\": \"" + company + "\"}")));
			pairs.add(new String[] { "contacts", contact, "tasks",
					"{\"TaskTitle\": \"Duell " + i + "\", \"contactId\": \"" + contact + "\"}" });
		}
		// Contacts first: a company is free to go once its contact is.
		pairs.sort(java.util.Comparator.comparing((String[] p) -> p[0]).reversed());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (String[] pair : pairs) {
				java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
				Future<Http.Response> delete = pool.submit(() -> {
					start.await();
					return this.http.delete("/api/v1/records/" + pair[0] + "/" + pair[1]);
				});
				Future<Http.Response> link = pool.submit(() -> {
					start.await();
					return this.http.post("/api/v1/records/" + pair[2], pair[3]);
				});
				Http.Response deleted = delete.get(1, TimeUnit.MINUTES);
				Http.Response linked = link.get(1, TimeUnit.MINUTES);
				String what = pair[0] + " " + pair[1] + ": DELETE " + deleted.status() + " " + deleted.body()
						+ ", POST " + linked.status() + " " + linked.body();
				if (deleted.status() == 204) {
					assertThat(linked.status()).as(what).isEqualTo(422);
					assertThat(linked.body()).as(what).contains("there is no " + pair[0] + " record");
				}
				else {
					assertThat(deleted.status()).as(what).isEqualTo(409);
					assertThat(linked.status()).as(what).isEqualTo(201);
					// The record created by the winner keeps the loser out for good.
					Http.Response again = this.http.delete("/api/v1/records/" + pair[0] + "/" + pair[1]);
					assertThat(again.status()).as(what).isEqualTo(409);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.integrity.dangling(20)).isEmpty();
	}

	@Test
	void anUndoAndLinksToWhatItRemovesAtOnceEitherRemoveOrKeepEachRecord() throws Exception {
		String job = importFile("companies", UndoFlowContract.companies(this.tag, 20, 1).replace("Undo ", "Ångra "));
		List<String> companies = ids("companies", job);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		Map<String, Integer> linked = new ConcurrentHashMap<>();
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<Future<?>> posts = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				List<String> half = companies.subList(t * companies.size() / 2, (t + 1) * companies.size() / 2);
				posts.add(pool.submit(() -> {
					start.await();
					for (String company : half) {
						Http.Response response = this.http.post("/api/v1/records/notes",
								"{\"NoteTitle\": \"Kvar\", \"companyId\": \"" + company + "\"}");
						if (linkWrite(response, 201)) {
							linked.put(company, 201);
						}
					}
					return null;
				}));
			}
			start.countDown();
			assertThat(this.http.post("/api/v1/imports/" + job + "/undo", null).status()).isEqualTo(202);
			for (Future<?> post : posts) {
				post.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		JsonNode undone = waitForEnd(job);
		assertThat(undone.get("status").asString()).isEqualTo("UNDONE");
		Set<String> kept = UndoFlowContract.kept(undone.get("undo"));
		for (String company : companies) {
			if (linked.containsKey(company)) {
				assertThat(count("company", company)).as("company %s a note points at", company).isOne();
				assertThat(kept).contains("companies " + company + " REFERENCED");
			}
			else {
				assertThat(count("company", company)).as("company %s nothing points at", company).isZero();
			}
		}
		assertThat(this.integrity.dangling(20)).isEmpty();
	}

	@Test
	void journalRestoreOfALinkToARecordDeletedSinceKeepsTheRecordAndListsIt() {
		String job = importFile("companies", UndoFlowContract.companies(this.tag, 1, 1));
		String gone = id(created(this.http.post("/api/v1/records/product-categories",
				"{\"ProductCategoryName\": \"Gammal " + this.tag + "\"}")));
		String still = id(created(this.http.post("/api/v1/records/product-categories",
				"{\"ProductCategoryName\": \"Kvar " + this.tag + "\"}")));
		String current = id(created(this.http.post("/api/v1/records/product-categories",
				"{\"ProductCategoryName\": \"Ny " + this.tag + "\"}")));
		// The import re-pointed two products from their old categories to a new one and
		// renamed them (journaled); then one old category was deleted by hand.
		long kept = product(job, "K", current);
		long restored = product(job, "R", current);
		journal(job, kept, "{\"ProductName\": \"Förr\", \"productCategoryId\": " + gone + "}");
		journal(job, restored, "{\"ProductName\": \"Förr\", \"productCategoryId\": " + still + "}");
		assertThat(this.http.delete("/api/v1/records/product-categories/" + gone).status()).isEqualTo(204);

		assertThat(this.http.post("/api/v1/imports/" + job + "/undo", null).status()).isEqualTo(202);
		JsonNode undo = waitForEnd(job);
		assertThat(undo.get("status").asString()).isEqualTo("UNDONE");
		assertThat(UndoFlowContract.kept(undo.get("undo"))).contains("products " + kept + " PREVIOUS_LINK_GONE");
		assertThat(this.jdbc.sql("SELECT product_name || ' ' || product_category_ref_id FROM product WHERE id = :id")
			.param("id", kept)
			.query(String.class)
			.single()).as("kept as the import left it").isEqualTo("Nu " + current);
		assertThat(this.jdbc.sql("SELECT product_name || ' ' || product_category_ref_id FROM product WHERE id = :id")
			.param("id", restored)
			.query(String.class)
			.single()).as("restored").isEqualTo("Förr " + still);
	}

	@Test
	void anImportChunkLinkingToARecordDeletedSinceItWasLookedUpIsRefused() {
		String company = id(
				created(this.http.post("/api/v1/records/companies", "{\"CompanyName\": \"Borta " + this.tag + "\"}")));
		assertThat(this.http.delete("/api/v1/records/companies/" + company).status()).isEqualTo(204);
		long contact = this.jdbc.sql("SELECT NEXTVAL('contact_seq')").query(Long.class).single();
		ChunkPlan plan = new ChunkPlan(List.of(), List.of(new NewRecord("contacts", contact,
				Optional.of(Long.parseLong(company)), 2, Map.of("ContactLastName", "Öberg"))), Map.of(), Map.of());
		assertThatThrownBy(() -> this.integrity.requireTargets(1, plan)).isInstanceOf(LinkTargetGoneException.class)
			.hasMessageContaining("companies " + company);
	}

	/**
	 * A create or edit that sets links: the expected success, or 422 because a record it
	 * links to is gone. Whether it succeeded.
	 */
	private static boolean linkWrite(Http.Response response, int success) {
		if (response.status() == success) {
			return true;
		}
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("VALIDATION", "there is no");
		return false;
	}

	private long product(String job, String suffix, String category) {
		long id = this.jdbc.sql("SELECT NEXTVAL('record_seq')").query(Long.class).single();
		this.jdbc.sql("""
				INSERT INTO product (id, tenant_id, import_job_id, version, product_no, product_name,
				  product_category_ref_id)
				VALUES (:id, 1, NULL, 2, :no, 'Nu', :category)
				""")
			.param("id", id)
			.param("no", suffix + this.tag)
			.param("category", Long.parseLong(category))
			.update();
		return id;
	}

	private void journal(String job, long record, String previous) {
		long id = this.jdbc.sql("SELECT NEXTVAL('journal_seq')").query(Long.class).single();
		this.jdbc.sql("""
				INSERT INTO import_journal (id, tenant_id, job_id, line, entity, record_id, version_after,
				  previous_values)
				VALUES (:id, 1, :job, 2, 'products', :record, 2, :previous)
				""").param("id", id).param("job", job).param("record", record).param("previous", previous).update();
	}

	private long count(String table, String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id")
			.param("id", Long.parseLong(id))
			.query(Long.class)
			.single();
	}

	private String startImport(String type, String csv) {
		Http.Response uploaded = this.http.upload("/api/v1/imports", Map.of("type", type), type + ".csv",
				CompanyFiles.utf8Bom(csv));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		String id = uploaded.json().get("id").asString();
		Http.Response started = this.http.post("/api/v1/imports/" + id + "/start", null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		return id;
	}

	private String importFile(String type, String csv) {
		String id = startImport(type, csv);
		JsonNode done = waitForEnd(id);
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
		assertThat(done.get("rows").get("failed").asLong()).as(done.toString()).isZero();
		return id;
	}

	/** Waits until the job is neither queued, running nor undoing. */
	private JsonNode waitForEnd(String id) {
		return this.http.waitForJob(id,
				(job) -> !Set.of("MAPPING", "QUEUED", "RUNNING", "UNDOING").contains(job.get("status").asString()),
				Duration.ofSeconds(120));
	}

	private List<String> ids(String entity, String job) {
		List<String> ids = new ArrayList<>();
		ImportFlowContract.ok(this.http.get("/api/v1/records/" + entity + "?limit=1000&importJobId=" + job))
			.get("items")
			.forEach((item) -> ids.add(id(item)));
		return ids;
	}

	private static JsonNode created(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private static String id(JsonNode record) {
		return record.get("id").asString();
	}

	private static String pick(Random random, List<String> from) {
		synchronized (random) {
			return from.get(random.nextInt(from.size()));
		}
	}

	private static Map<String, Integer> tally(List<String> outcomes) {
		Map<String, Integer> tally = new java.util.TreeMap<>();
		outcomes.forEach((o) -> tally.merge(o, 1, Integer::sum));
		return Collections.unmodifiableMap(tally);
	}

}
