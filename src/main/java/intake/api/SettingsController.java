package intake.api;

import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import intake.job.SettingsChange;
import intake.job.TenantSettingsStore;
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

	SettingsController(TenantSettingsStore settings, CurrentTenant tenant) {
		this.settings = settings;
		this.tenant = tenant;
	}

	@GetMapping
	SettingsView get() {
		return SettingsView.of(this.settings.get(this.tenant.id()));
	}

	@PutMapping
	SettingsView put(@RequestBody SettingsView body) {
		return SettingsView.of(this.settings.change(this.tenant.id(), body.change()));
	}

	/** The settings in the API; in a PUT, absent or null fields keep their value. */
	record SettingsView(String country, String locale, String timeZone, String currency) {

		static SettingsView of(TenantSettings settings) {
			return new SettingsView(settings.country(), settings.locale().toLanguageTag(), settings.zone().getId(),
					settings.currency());
		}

		SettingsChange change() {
			return new SettingsChange(Optional.ofNullable(this.country), Optional.ofNullable(this.locale),
					Optional.ofNullable(this.timeZone), Optional.ofNullable(this.currency));
		}

	}

}
