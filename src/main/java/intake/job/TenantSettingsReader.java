package intake.job;

import java.time.ZoneId;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import intake.validate.TenantSettings;

/**
 * Reads the conversion settings of a tenant.
 */
@Component
class TenantSettingsReader {

	private final JdbcClient jdbc;

	TenantSettingsReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	TenantSettings read(long tenantId) {
		return this.jdbc.sql("SELECT country, locale, time_zone, currency FROM tenant WHERE id = :id")
			.param("id", tenantId)
			.query((rs, n) -> new TenantSettings(rs.getString(1), Locale.forLanguageTag(rs.getString(2)),
					ZoneId.of(rs.getString(3)), rs.getString(4)))
			.optional()
			.orElseGet(TenantSettings::defaults);
	}

}
