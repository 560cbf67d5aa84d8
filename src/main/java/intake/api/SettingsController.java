package intake.api;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import intake.job.SettingsChange;
import intake.job.TenantSettingsStore;
import intake.security.AuditAction;
import intake.security.AuditLog;
import intake.security.CurrentTenant;
import intake.validate.TenantSettings;

/**
 * The tenant's settings that conversion uses: country (phone and postcode defaults),
 * locale (ambiguous date order, decimal comma), time zone (date-times without offset) and
 * currency.
 */
@RestController
@RequestMapping("/api/v1/settings")
class SettingsController {

	private final TenantSettingsStore settings;

	private final CurrentTenant tenant;

	private final AuditLog audit;

	SettingsController(TenantSettingsStore settings, CurrentTenant tenant, AuditLog audit) {
		this.settings = settings;
		this.tenant = tenant;
		this.audit = audit;
	}

	@GetMapping
	SettingsView get() {
		return SettingsView.of(this.settings.get(this.tenant.id()));
	}

	@PutMapping
	SettingsView put(@RequestBody SettingsView body) {
		SettingsView changed = SettingsView.of(this.settings.change(this.tenant.id(), body.change()));
		this.audit.record(AuditAction.SETTINGS_CHANGED, AuditLog.Target.none(), body.named());
		return changed;
	}

	/** The settings in the API; in a PUT, absent or null fields keep their value. */
	record SettingsView(String country, String locale, String timeZone, String currency) {

		static SettingsView of(TenantSettings settings) {
			return new SettingsView(settings.country(), settings.locale().toLanguageTag(), settings.zone().getId(),
					settings.currency());
		}

		/** The settings this PUT names, with their new values (no personal data). */
		Map<String, String> named() {
			Map<String, String> named = new TreeMap<>();
			Optional.ofNullable(this.country).ifPresent((v) -> named.put("country", v));
			Optional.ofNullable(this.locale).ifPresent((v) -> named.put("locale", v));
			Optional.ofNullable(this.timeZone).ifPresent((v) -> named.put("timeZone", v));
			Optional.ofNullable(this.currency).ifPresent((v) -> named.put("currency", v));
			return named;
		}

		SettingsChange change() {
			return new SettingsChange(Optional.ofNullable(this.country), Optional.ofNullable(this.locale),
					Optional.ofNullable(this.timeZone), Optional.ofNullable(this.currency));
		}

	}

}
