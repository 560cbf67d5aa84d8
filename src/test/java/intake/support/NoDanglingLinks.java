package intake.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import intake.crm.LinkIntegrity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After every test of a Spring test class: no link column of any record table names a
 * record that is not there ({@link LinkIntegrity#dangling}), now that no foreign key
 * guards them. Register with {@code @ExtendWith(NoDanglingLinks.class)}.
 */
public final class NoDanglingLinks implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		LinkIntegrity integrity = SpringExtension.getApplicationContext(context).getBean(LinkIntegrity.class);
		assertThat(integrity.dangling(20)).as("links pointing at no record after %s", context.getDisplayName())
			.isEmpty();
	}

}
