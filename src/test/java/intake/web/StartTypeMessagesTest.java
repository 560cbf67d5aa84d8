package intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import intake.schema.ImportType;
import intake.schema.ImportTypes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page names every import type and describes it in one line, in English and
 * Swedish: keys the template builds from the type ({@code start.type.<key>}), which
 * {@link TemplateMessagesTest} cannot see.
 */
class StartTypeMessagesTest {

	@Test
	void everyImportTypeHasANameAndADescriptionInBothLanguages() throws IOException {
		List<String> missing = new ArrayList<>();
		for (String bundle : List.of("i18n/start.properties", "i18n/start_sv.properties")) {
			Properties messages = load(bundle);
			for (ImportType type : ImportTypes.all()) {
				for (String key : List.of("start.type." + type.key(), "start.type." + type.key() + ".description")) {
					if (messages.getProperty(key, "").isBlank()) {
						missing.add(bundle + ": " + key);
					}
				}
			}
		}
		assertThat(ImportTypes.all()).hasSize(13);
		assertThat(missing).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = StartTypeMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
