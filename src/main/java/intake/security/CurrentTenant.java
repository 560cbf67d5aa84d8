package intake.security;

import org.springframework.stereotype.Component;

/**
 * The tenant a request acts in. Until authentication lands every request runs as the
 * fixed demo tenant created by the first migration.
 */
@Component
public class CurrentTenant {

	/** The demo tenant's id. */
	public static final long DEMO = 1L;

	public long id() {
		return DEMO;
	}

}
