import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import intake.load.JdbcBatchWriter;

/**
 * The floor of an import into H2: the company and contact rows an import wrote, inserted
 * with JDBC batches into an empty H2 database of Intake's schema, in chunks of the
 * import's size, each committed and checkpointed as Intake's H2 import does (so a
 * committed chunk survives {@code kill -9}). No reading of the file, no validation, no
 * planning, no look-ups, no preview, no job progress: what H2 alone needs for the rows.
 * <p>
 * {@code export JDBC_URL DIR}: the rows of a PostgreSQL database an import wrote (in id
 * order) to {@code DIR/company.ser} and {@code DIR/contact.ser}.<br>
 * {@code load H2_URL DIR CHUNK [dry]}: inserts them, each chunk's contacts after the
 * companies they link to (as the import does); {@code dry} only reads the files, for the
 * reading's share of the time.
 * <p>
 * Run by {@code bench/h2-floor}, with Intake's classes and the test classpath
 * ({@code target/bench.classpath}); the rows go through Intake's {@link JdbcBatchWriter}.
 */
public class H2Floor {

	public static void main(String[] args) throws Exception {
		if (args[0].equals("export")) {
			try (Connection pg = DriverManager.getConnection(args[1])) {
				pg.setAutoCommit(false);
				for (String table : List.of("company", "contact")) {
					export(pg, table, Path.of(args[2], table + ".ser"));
				}
			}
		}
		else {
			load(args[1], Path.of(args[2]), Integer.parseInt(args[3]), args.length > 4 && args[4].equals("dry"));
		}
	}

	private static void export(Connection pg, String table, Path file) throws Exception {
		try (Statement statement = pg.createStatement();
				ObjectOutputStream out = new ObjectOutputStream(
						new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
			statement.setFetchSize(5000);
			try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
				ResultSetMetaData meta = rows.getMetaData();
				String[] columns = new String[meta.getColumnCount()];
				for (int i = 0; i < columns.length; i++) {
					columns[i] = meta.getColumnName(i + 1);
				}
				out.writeObject(columns);
				long n = 0;
				while (rows.next()) {
					Object[] row = new Object[columns.length];
					for (int i = 0; i < columns.length; i++) {
						row[i] = rows.getObject(i + 1);
					}
					out.writeObject(row);
					if (++n % 1000 == 0) {
						out.reset();
					}
				}
				System.out.println(table + ": " + n + " rows exported");
			}
		}
	}

	private static void load(String url, Path dir, int chunk, boolean dry) throws Exception {
		try (Connection h2 = DriverManager.getConnection(url, "sa", "");
				Rows companies = new Rows(dir.resolve("company.ser"));
				Rows contacts = new Rows(dir.resolve("contact.ser"))) {
			h2.setAutoCommit(false);
			int companyRef = List.of(contacts.columns).indexOf("company_ref_id");
			long started = System.nanoTime();
			long commitNanos = 0;
			long checkpointNanos = 0;
			long companyRows = 0;
			long contactRows = 0;
			// Intake's own H2 writer
			JdbcBatchWriter writer = new JdbcBatchWriter();
			try (Statement checkpoint = h2.createStatement()) {
				List<Object[]> chunkContacts = new ArrayList<>(chunk);
				Object[] nextCompany = companies.next();
				while (true) {
					chunkContacts.clear();
					Object[] row;
					while (chunkContacts.size() < chunk && (row = contacts.next()) != null) {
						chunkContacts.add(row);
					}
					long maxCompany = Long.MIN_VALUE;
					for (Object[] c : chunkContacts) {
						Object ref = c[companyRef];
						if (ref != null) {
							maxCompany = Math.max(maxCompany, ((Number) ref).longValue());
						}
					}
					boolean last = chunkContacts.size() < chunk;
					List<Object[]> chunkCompanies = new ArrayList<>();
					while (nextCompany != null && (last || ((Number) nextCompany[0]).longValue() <= maxCompany)) {
						chunkCompanies.add(nextCompany);
						nextCompany = companies.next();
					}
					if (chunkCompanies.isEmpty() && chunkContacts.isEmpty()) {
						break;
					}
					companyRows += chunkCompanies.size();
					contactRows += chunkContacts.size();
					if (dry) {
						continue;
					}
					writer.insert(h2, "company", List.of(companies.columns), chunkCompanies);
					writer.insert(h2, "contact", List.of(contacts.columns), chunkContacts);
					long t0 = System.nanoTime();
					h2.commit();
					long t1 = System.nanoTime();
					checkpoint.execute("CHECKPOINT");
					checkpointNanos += System.nanoTime() - t1;
					commitNanos += t1 - t0;
				}
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("%s: %d companies, %d contacts in %.2f s (commit %.2f s, checkpoint %.2f s), chunk %d%n",
					dry ? "read only" : "h2 floor", companyRows, contactRows, seconds, commitNanos / 1e9,
					checkpointNanos / 1e9, chunk);
		}
	}

	private static final class Rows implements AutoCloseable {

		final String[] columns;

		private final ObjectInputStream in;

		Rows(Path file) throws Exception {
			this.in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
			this.columns = (String[]) this.in.readObject();
		}

		Object[] next() throws Exception {
			try {
				return (Object[]) this.in.readObject();
			}
			catch (EOFException ex) {
				return null;
			}
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
