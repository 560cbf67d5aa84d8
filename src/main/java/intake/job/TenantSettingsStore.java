package intake.job;

import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import intake.validate.TenantSettings;

/**
 * The tenant's conversion settings (country, locale, time zone, currency), kept in the
 * {@code tenant} table. Conversion reads them through {@link TenantSettingsReader} when a
 * preview or an import run starts; a preview built before a change keeps the settings it
 * was built with. Thread-safe.
 */
@Component
public class TenantSettingsStore {

	private final TenantSettingsReader reader;

	private final JdbcClient jdbc;

	TenantSettingsStore(TenantSettingsReader reader, JdbcClient jdbc) {
		this.reader = reader;
		this.jdbc = jdbc;
	}

	/** The tenant's settings; the defaults for a tenant without a row. */
	public TenantSettings get(long tenantId) {
		return this.reader.read(tenantId);
	}

	/**
	 * Applies a change and stores the result.
	 * @return the settings after the change
	 * @throws ImportException {@code VALIDATION} naming every bad field,
	 * {@code NOT_FOUND} for an unknown tenant
	 */
	public TenantSettings change(long tenantId, SettingsChange change) {
		Objects.requireNonNull(change, "change");
		TenantSettings changed = change.applyTo(get(tenantId));
		int updated = this.jdbc
			.sql("UPDATE tenant SET country = :country, locale = :locale, time_zone = :zone, currency = :currency"
					+ " WHERE id = :id")
			.param("country", changed.country())
			.param("locale", changed.locale().toLanguageTag())
			.param("zone", changed.zone().getId())
			.param("currency", changed.currency())
			.param("id", tenantId)
			.update();
		if (updated == 0) {
			throw new ImportException(ErrorCode.NOT_FOUND, "There is no tenant " + tenantId + ".");
		}
		return changed;
	}

}
