package intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import intake.job.AnalysisWarmUp;
import intake.security.TenantCommand;

/**
 * Intake: bulk data import for a Nordic CRM/ERP.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntakeApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(IntakeApplication.class);
		if (TenantCommand.requested(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		else {
			AnalysisWarmUp.start();
		}
		application.run(args);
	}

}
