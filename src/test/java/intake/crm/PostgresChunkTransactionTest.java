package intake.crm;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import intake.support.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import chunk's transaction commits without waiting for the disk flush, and only that
 * transaction: the setting must not stay on the pooled connection for the job's end or
 * any other work.
 */
class PostgresChunkTransactionTest {

	private static SingleConnectionDataSource dataSource;

	@BeforeAll
	static void postgres() {
		PostgresTestDatabase.require();
		dataSource = new SingleConnectionDataSource(PostgresTestDatabase.createFresh(), PostgresTestDatabase.user(),
				PostgresTestDatabase.password(), true);
	}

	@AfterAll
	static void close() {
		if (dataSource != null) {
			dataSource.destroy();
		}
	}

	@Test
	void onlyTheChunkTransactionSkipsTheCommitFlush() throws Exception {
		JdbcClient jdbc = JdbcClient.create((DataSource) dataSource);
		Durability durability = new Durability(jdbc, dataSource);
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		String inChunk = transactions.execute((status) -> {
			durability.chunkTransaction();
			return jdbc.sql("SHOW synchronous_commit").query(String.class).single();
		});
		String afterwards = transactions
			.execute((status) -> jdbc.sql("SHOW synchronous_commit").query(String.class).single());
		assertThat(inChunk).isEqualTo("off");
		assertThat(afterwards).isEqualTo("on");
	}

}
