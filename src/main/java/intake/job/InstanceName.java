package intake.job;

import java.lang.management.ManagementFactory;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The name of this application instance among those sharing a database: process id, host
 * and a random suffix, so two instances on one host never share a name.
 */
@Component
class InstanceName {

	private final String name = ManagementFactory.getRuntimeMXBean().getName() + "-"
			+ UUID.randomUUID().toString().substring(0, 8);

	String get() {
		return this.name;
	}

}
