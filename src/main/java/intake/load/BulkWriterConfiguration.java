package intake.load;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dialect seam for bulk writes: {@code COPY} on PostgreSQL, JDBC batches elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class BulkWriterConfiguration {

	@Bean
	BulkWriter bulkWriter(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			return product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? new PgCopyWriter()
					: new JdbcBatchWriter();
		}
	}

}
