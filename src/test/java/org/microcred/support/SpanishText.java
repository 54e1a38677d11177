package org.microcred.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A message as a Spanish reader sees it, and the English leftovers in a text that should be Spanish: the bundle's
 * English sentences (those the Spanish bundle words differently, long enough not to be a name or a shared term)
 * found in it.
 */
public final class SpanishText {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static List<String> englishOnly;

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private SpanishText() {
	}

	public static String of(String key, Object... args) {
		return MESSAGES.getMessage(key, args, SPANISH);
	}

	/** The English bundle sentences that appear in the text (white space folded), none if it is all Spanish. */
	public static List<String> englishLeftovers(String text) {
		String folded = fold(text);
		return englishOnly().stream().filter(folded::contains).toList();
	}

	private static synchronized List<String> englishOnly() {
		if (englishOnly == null) {
			Properties english = load("messages.properties");
			Properties spanish = load("messages_es.properties");
			String allSpanish = fold(String.join("\n", spanish.stringPropertyNames().stream().map(spanish::getProperty).toList()));
			List<String> found = new ArrayList<>();
			for (String key : english.stringPropertyNames()) {
				String value = fold(english.getProperty(key));
				// whole sentences without placeholders or markup, worded differently in Spanish
				if (value.length() >= 14 && value.contains(" ") && !value.contains("{") && !value.contains("<")
						&& !value.equals(fold(spanish.getProperty(key, ""))) && !allSpanish.contains(value)) {
					found.add(value);
				}
				// a sentence with arguments: its long stretches of fixed text ("was assessed against the published…")
				else if (value.contains("{") && !value.contains("choice") && !value.contains("<")) {
					for (String piece : value.replace("''", "'").split("\\{[^}]*}")) {
						String stretch = piece.trim();
						if (stretch.length() >= 24 && stretch.contains(" ") && !allSpanish.contains(stretch)) {
							found.add(stretch);
						}
					}
				}
			}
			englishOnly = found;
		}
		return englishOnly;
	}

	private static String fold(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").trim();
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = SpanishText.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
