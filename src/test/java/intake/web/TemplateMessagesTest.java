package intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a page shows comes from the message bundles, in English and in Swedish.
 * Parses every template and fails on a text node, {@code title}, {@code placeholder},
 * {@code aria-label} or {@code alt} that is written in the template instead of taken from
 * a message key, on a literal key ({@code #{key}}) missing in either language, and on a
 * key one language has and the other lacks.
 */
class TemplateMessagesTest {

	static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

	/** The bundles of {@code spring.messages.basename}. */
	static final List<String> BUNDLES = List.of("messages", "i18n/start", "i18n/mapping", "i18n/run", "i18n/records");

	/** Attributes a person reads or hears. */
	static final List<String> READ_ATTRIBUTES = List.of("title", "placeholder", "aria-label", "alt");

	/** Attributes whose value replaces an element's content. */
	static final List<String> CONTENT_ATTRIBUTES = List.of("th:text", "th:utext", "th:replace", "th:insert");

	static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	static final Pattern INLINE = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	static final Pattern LETTER = Pattern.compile("\\p{L}");

	@Test
	void everyTemplateTakesItsTextsFromMessageKeys() throws IOException {
		List<String> problems = new ArrayList<>();
		List<Path> templates = templates();
		assertThat(templates).isNotEmpty();
		for (Path template : templates) {
			problems.addAll(literalTexts(template));
		}
		assertThat(problems).as("texts written in templates instead of message keys").isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExistsInEnglishAndSwedish() throws IOException {
		Properties english = bundle("");
		Properties swedish = bundle("_sv");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher key = LITERAL_KEY.matcher(Files.readString(template));
			while (key.find()) {
				for (var language : List.of(english, swedish)) {
					if (!language.containsKey(key.group(1))) {
						missing.add(TEMPLATES.relativize(template) + ": " + key.group(1) + " missing in "
								+ (language == english ? "English" : "Swedish"));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		for (String bundle : BUNDLES) {
			Set<String> english = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
			Set<String> swedish = new TreeSet<>(load(bundle + "_sv.properties").stringPropertyNames());
			assertThat(swedish).as(bundle + "_sv against " + bundle).isEqualTo(english);
		}
	}

	@Test
	void theCheckFindsLiteralTextsAndAttributes() throws IOException {
		Path bad = Files.createTempFile("bad", ".html");
		Files.writeString(bad, "<div><p>Hello</p><p th:text=\"#{ok}\">fine</p><input placeholder=\"Name\">"
				+ "<span th:replace=\"~{x}\">gone</span><button aria-label=\"Close\" th:text=\"#{x}\">x</button>"
				+ "<i title=\"Hint\" th:title=\"#{hint}\"></i>[[#{ok}]] · 12</div>");
		try {
			assertThat(literalTexts(bad)).hasSize(3)
				.anyMatch((p) -> p.contains("Hello"))
				.anyMatch((p) -> p.contains("placeholder"))
				.anyMatch((p) -> p.contains("aria-label"));
		}
		finally {
			Files.delete(bad);
		}
	}

	static List<String> literalTexts(Path template) throws IOException {
		Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
		List<String> problems = new ArrayList<>();
		String name = template.getFileName().toString();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode text && !text.isBlank() && !replaced(text.parent())) {
				String shown = INLINE.matcher(text.text()).replaceAll("");
				if (LETTER.matcher(shown).find() && !insideScriptOrStyle(text.parent())) {
					problems.add(name + ": text \"" + text.text().strip() + "\"");
				}
			}
			if (node instanceof Element element) {
				for (String attribute : READ_ATTRIBUTES) {
					String value = element.attr(attribute);
					if (LETTER.matcher(value).find() && !element.hasAttr("th:" + attribute)
							&& !element.attr("th:attr").contains(attribute + "=")) {
						problems.add(name + ": " + attribute + "=\"" + value + "\" on <" + element.tagName() + ">");
					}
				}
			}
		}, document);
		return problems;
	}

	private static boolean replaced(org.jsoup.nodes.Node node) {
		for (var at = node; at instanceof Element element; at = at.parent()) {
			if (CONTENT_ATTRIBUTES.stream().anyMatch(element::hasAttr)) {
				return true;
			}
		}
		return false;
	}

	private static boolean insideScriptOrStyle(org.jsoup.nodes.Node node) {
		return node instanceof Element element
				&& (element.tagName().equals("script") || element.tagName().equals("style"));
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((f) -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	static Properties bundle(String suffix) throws IOException {
		Properties all = new Properties();
		for (String bundle : BUNDLES) {
			all.putAll(load(bundle + suffix + ".properties"));
		}
		return all;
	}

	static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TemplateMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
