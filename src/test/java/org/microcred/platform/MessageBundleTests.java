package org.microcred.platform;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads comes from the message bundles, in every language: a key missing in one language, a
 * template with text of its own, or a user-facing message in Java code that is not a bundle key fails the build.
 * <p>
 * {@link #PENDING_TEMPLATES} and {@link #PENDING_JAVA} list what is not converted yet; each must shrink to nothing
 * (a converted file that is still listed fails too, so the lists cannot go stale).
 */
class MessageBundleTests {

	/** Templates whose text is still written in them (relative to {@code templates/}). Remove when converted. */
	static final Set<String> PENDING_TEMPLATES = Set.of();

	/** Java sources with user-facing messages still written in them (relative to the source root). */
	static final Set<String> PENDING_JAVA = Set.of();

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	private static final Pattern KEY = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	/** Attributes a person reads or hears (screen readers), which must come from the bundles. */
	private static final Set<String> READ_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder",
			"data-confirm", "aria-description", "aria-roledescription", "label");

	/** Thymeleaf attributes whose value is never read by a person (URLs, names, conditions, classes). */
	private static final Set<String> TECHNICAL = Set.of("th:href", "th:src", "th:action", "th:class", "th:classappend",
			"th:id", "th:field", "th:fragment", "th:each", "th:if", "th:unless", "th:object", "th:name", "th:for",
			"th:styleappend", "th:style", "th:switch", "th:case", "th:selected", "th:checked", "th:disabled",
			"th:hx-get", "th:hx-post", "th:hx-put", "th:hx-delete", "th:hx-target", "th:hx-trigger", "th:data-hx-get",
			"th:lang", "th:hreflang", "th:type", "th:min", "th:max", "th:step", "th:pattern", "th:maxlength",
			"th:minlength", "th:accept", "th:download", "th:datetime", "th:width", "th:height", "th:rel", "th:method",
			"th:remove", "th:inline", "th:data-url", "th:srcset", "th:tabindex", "th:autocomplete", "th:aria-current",
			"th:aria-controls", "th:aria-describedby", "th:aria-labelledby", "th:aria-expanded", "th:aria-invalid",
			"th:aria-hidden", "th:aria-selected", "th:aria-sort", "th:role", "th:colspan", "th:rowspan", "th:scope",
			"th:headers", "th:list", "th:multiple", "th:required", "th:readonly", "th:open", "th:hidden", "th:data-testid");

	@Test
	void everyKeyIsInEveryLanguageWithTheSameArguments() throws IOException {
		Properties base = bundle("messages.properties");
		assertThat(base).as("messages.properties").isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Path other : otherLanguages()) {
			Properties translated = bundle(other.getFileName().toString());
			for (String key : names(base)) {
				String text = translated.getProperty(key);
				if (text == null || text.isBlank()) {
					problems.add(other.getFileName() + " lacks " + key);
				}
				else if (!arguments(text).equals(arguments(base.getProperty(key)))) {
					problems.add(other.getFileName() + " " + key + " uses arguments " + arguments(text) + " instead of "
							+ arguments(base.getProperty(key)));
				}
			}
			for (String key : names(translated)) {
				if (!base.containsKey(key)) {
					problems.add(other.getFileName() + " has " + key + ", which messages.properties lacks");
				}
			}
		}
		for (String key : names(base)) {
			if (base.getProperty(key).isBlank()) {
				problems.add("messages.properties: " + key + " is empty");
			}
		}
		assertThat(otherLanguages()).as("a Spanish bundle").isNotEmpty();
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesTakeTheirTextFromTheBundles() throws IOException {
		Properties base = bundle("messages.properties");
		List<String> problems = new ArrayList<>();
		Set<String> stale = new TreeSet<>(PENDING_TEMPLATES);
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
				String name = TEMPLATES.relativize(file).toString();
				String html = Files.readString(file);
				for (String key : staticKeys(html)) {
					if (!base.containsKey(key)) {
						problems.add(name + ": #{" + key + "} is not in messages.properties");
					}
				}
				List<String> own = ownText(html);
				if (PENDING_TEMPLATES.contains(name)) {
					if (own.isEmpty()) {
						continue;
					}
					stale.remove(name);
					continue;
				}
				own.forEach(text -> problems.add(name + ": text outside the bundles: " + text));
			}
		}
		assertThat(problems).isEmpty();
		assertThat(stale).as("converted templates still listed in PENDING_TEMPLATES").isEmpty();
	}

	@Test
	void userFacingMessagesInCodeAreBundleKeys() throws IOException {
		Properties base = bundle("messages.properties");
		List<String> problems = new ArrayList<>();
		Set<String> stale = new TreeSet<>(PENDING_JAVA);
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				String name = JAVA.relativize(file).toString();
				List<String> found = javaProblems(Files.readString(file), base);
				if (PENDING_JAVA.contains(name)) {
					if (!found.isEmpty()) {
						stale.remove(name);
					}
					continue;
				}
				found.forEach(problem -> problems.add(name + ": " + problem));
			}
		}
		assertThat(problems).isEmpty();
		assertThat(stale).as("converted sources still listed in PENDING_JAVA").isEmpty();
	}

	/** The checks themselves: they must catch what they are for. */
	@Test
	void theChecksCatchTextOutsideTheBundles() {
		assertThat(ownText("<p>Hello</p>")).hasSize(1);
		assertThat(ownText("<p th:text=\"#{a.b}\">Hello</p>")).isEmpty();
		assertThat(ownText("<img alt=\"A badge\" src=\"x\">")).hasSize(1);
		assertThat(ownText("<img th:alt=\"#{a.b}\" alt=\"A badge\" src=\"x\">")).isEmpty();
		assertThat(ownText("<span th:text=\"|Page ${n} of ${m}|\">x</span>")).hasSize(1);
		assertThat(ownText("<div th:replace=\"~{fragments :: input('name', 'Your name', 'text', null)}\"></div>"))
			.hasSize(1);
		assertThat(ownText("<div th:replace=\"~{fragments :: input('name', #{a.b}, 'text', null)}\"></div>")).isEmpty();
		assertThat(ownText("<span>→ · 2</span><!--/* A note */-->")).isEmpty();
		assertThat(ownText("<html th:replace=\"~{layout :: page(~{::title}, ~{}, ~{::section})}\"><body><section>"
				+ "<h1>Verify</h1></section></body></html>")).hasSize(1);
		Properties keys = new Properties();
		keys.setProperty("a.b", "x");
		assertThat(javaProblems("throw new ConflictException(\"Already decided.\");", keys)).hasSize(1);
		assertThat(javaProblems("throw new ConflictException(\"a.b\");", keys)).isEmpty();
		assertThat(javaProblems("throw new InvalidInputException(\"f\", \"a.c\");", keys)).hasSize(1);
		assertThat(javaProblems("@NotBlank(message = \"Please enter it.\")", keys)).hasSize(1);
		assertThat(javaProblems("@NotBlank(message = \"{a.b}\")", keys)).isEmpty();
		assertThat(javaProblems("redirect.addFlashAttribute(\"flash\", \"Saved.\");", keys)).hasSize(1);
		assertThat(javaProblems("redirect.addFlashAttribute(\"flash\", done ? \"a.b\" : \"Not done yet.\");", keys))
			.hasSize(1);
		assertThat(javaProblems("Msg.of(\"a.b\", title)", keys)).isEmpty();
		assertThat(javaProblems("Msg.of(\"Saved.\")", keys)).hasSize(1);
		assertThat(javaProblems("Msg.of(\"a.\" + name)", keys)).isEmpty();
		assertThat(javaProblems("Msg.of(\"c.\" + name)", keys)).hasSize(1);
	}

	static List<String> ownText(String html) {
		Document document = Jsoup.parse(html, "", Parser.htmlParser());
		List<String> found = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			boolean replaced = replacesContent(element);
			if (!replaced && !insideReplaced(element) && !"script".equals(element.tagName())
					&& !"style".equals(element.tagName())) {
				for (TextNode text : element.textNodes()) {
					if (readable(text.text())) {
						found.add('"' + text.text().strip() + '"');
					}
				}
			}
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey();
				if (READ_ATTRIBUTES.contains(key) && readable(attribute.getValue()) && !element.hasAttr("th:" + key)
						&& !insideReplaced(element)) {
					found.add(key + "=\"" + attribute.getValue() + '"');
				}
				if (("value".equals(key) && element.tagName().equals("input")
						&& Set.of("submit", "button", "reset").contains(element.attr("type"))) && readable(attribute.getValue())
						&& !element.hasAttr("th:value")) {
					found.add("value=\"" + attribute.getValue() + '"');
				}
				if (key.startsWith("th:") && !TECHNICAL.contains(key) && !key.startsWith("th:data-hx")
						&& !key.startsWith("th:hx-")) {
					found.addAll(literalsIn(key, attribute.getValue()));
				}
			}
		}
		return found;
	}

	private static boolean insideReplaced(Element element) {
		for (Element parent : element.parents()) {
			if (replacesContent(parent)) {
				return true;
			}
		}
		return false;
	}

	/** Whether Thymeleaf replaces the element's content, so the text in the template is only a prototype. */
	private static boolean replacesContent(Element element) {
		return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:remove")
				|| element.hasAttr("th:errors") || replacedByAnotherTemplate(element, "th:replace")
				|| replacedByAnotherTemplate(element, "th:insert");
	}

	/**
	 * A fragment call replaces the element's content, unless the call passes parts of this very template along
	 * ({@code <html th:replace="~{layout :: page(~{::title}, ~{}, ~{::section})}">}): those are shown.
	 */
	private static boolean replacedByAnotherTemplate(Element element, String attribute) {
		return element.hasAttr(attribute) && !element.attr(attribute).contains("~{::")
				&& !"html".equals(element.tagName());
	}

	/** Text literals inside an expression: '…' with words, or |…| substitutions with words outside ${…}. */
	private static List<String> literalsIn(String attribute, String value) {
		List<String> found = new ArrayList<>();
		String withoutExpressions = value.replaceAll("[$#*@]\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", "");
		Matcher quoted = Pattern.compile("'([^']*)'").matcher(withoutExpressions);
		while (quoted.find()) {
			String literal = quoted.group(1);
			if (literal.matches(".*\\p{L}.*\\s.*\\p{L}.*|.*\\p{L}\\p{L}+[.!?:]\\s*") && !literal.contains("::")) {
				found.add(attribute + ": '" + literal + "'");
			}
		}
		Matcher substitution = Pattern.compile("\\|([^|]*)\\|").matcher(value);
		while (substitution.find()) {
			String outside = substitution.group(1).replaceAll("[$#*@]\\{[^}]*\\}", "");
			if (readable(outside) && !outside.strip().matches("[a-z0-9.-]*")) {
				found.add(attribute + ": |" + substitution.group(1) + "|");
			}
		}
		return found;
	}

	private static boolean readable(String text) {
		return text.codePoints().filter(Character::isLetter).count() >= 2;
	}

	static List<String> javaProblems(String source, Properties base) {
		List<String> found = new ArrayList<>();
		check(found, base, source, "new (?:NotFound|Conflict)Exception\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", "message");
		check(found, base, source, "new InvalidInputException\\([^,()]*(?:\\([^()]*\\))?[^,()]*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"",
				"message");
		check(found, base, source, "addFlashAttribute\\(\\s*\"(?:flash|error)\"\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"",
				"flash message");
		check(found, base, source, "Msg\\.of\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(?!\\s*\\+)", "Msg");
		Matcher family = Pattern.compile("Msg\\.of\\(\\s*\"([a-z0-9.-]+[.-])\"\\s*\\+").matcher(source);
		while (family.find()) {
			String prefix = family.group(1);
			if (names(base).stream().noneMatch(key -> key.startsWith(prefix))) {
				found.add("no bundle key starts with " + prefix);
			}
		}
		Matcher flash = Pattern.compile("addFlashAttribute\\((.*?)\\);", Pattern.DOTALL).matcher(source);
		while (flash.find()) {
			Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(flash.group(1));
			while (literal.find()) {
				if (literal.group(1).matches("(?s).*\\p{L}\\s+\\p{L}.*")) {
					found.add("flash message is not a bundle key: \"" + literal.group(1) + '"');
				}
			}
		}
		check(found, base, source, "\\.rejectValue\\(\\s*\"[^\"]*\"\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", "field error");
		Matcher annotation = Pattern.compile("message\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(source);
		while (annotation.find()) {
			String value = annotation.group(1);
			if (!(value.startsWith("{") && value.endsWith("}") && base.containsKey(value.substring(1, value.length() - 1)))) {
				found.add("validation message is not a bundle key {…}: \"" + value + '"');
			}
		}
		return found;
	}

	private static void check(List<String> found, Properties base, String source, String regex, String what) {
		Matcher matcher = Pattern.compile(regex).matcher(source);
		while (matcher.find()) {
			String value = matcher.group(1);
			if (!KEY.matcher(value).matches()) {
				found.add(what + " is not a bundle key: \"" + value + '"');
			}
			else if (!base.containsKey(value)) {
				found.add(what + " key " + value + " is not in messages.properties");
			}
		}
	}

	private static Set<String> staticKeys(String html) {
		Set<String> keys = new TreeSet<>();
		Matcher matcher = Pattern.compile("#\\{([A-Za-z0-9._-]+)[}(]").matcher(html);
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		return keys;
	}

	private static Set<String> arguments(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Set<String> names(Properties properties) {
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static List<Path> otherLanguages() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			return files.filter(f -> f.getFileName().toString().matches("messages_[a-z]{2}(_[A-Z]{2})?\\.properties"))
				.sorted()
				.toList();
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name + " on the class path").isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
