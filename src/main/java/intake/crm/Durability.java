package intake.crm;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes committed work survive a killed process. PostgreSQL does so at every commit. H2
 * writes commits to its file in the background (up to half a second later), so a
 * {@code kill -9} right after a chunk commit would lose it: on H2 the import forces a
 * checkpoint after each committed chunk. It also tells the other database seams which of
 * the two they talk to ({@link #postgres()}).
 */
@Component
public class Durability {

	private final JdbcClient jdbc;

	private final boolean h2;

	public Durability(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		try (Connection connection = dataSource.getConnection()) {
			this.h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
		}
	}

	/** Whether the database is PostgreSQL (else H2). */
	public boolean postgres() {
		return !this.h2;
	}

	/**
	 * For an import's chunk transaction, inside it: on PostgreSQL its commit does not
	 * wait for the write-ahead log to reach the disk (saves a disk flush per chunk). Only
	 * a crash of the database server itself can then lose the chunks committed in its
	 * last fraction of a second, and with them the job's progress, which commits in the
	 * same transaction: the job goes on before them, so no row is lost and none written
	 * twice. Commits after it (the job's end) wait as usual, and make these durable too:
	 * the log is sequential.
	 */
	public void chunkTransaction() {
		if (!this.h2) {
			this.jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
		}
	}

	/**
	 * Writes everything committed so far to disk, where the database does not already.
	 */
	public void afterCommit() {
		if (this.h2) {
			this.jdbc.sql("CHECKPOINT").update();
		}
	}

}
