package org.microcred.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A module's interface text as its own tests check it: every key its code names (also keys built at run time, which
 * the bundle-wide test cannot see) in every language, and every text readable by {@link MessageFormat}.
 */
public final class ModuleMessages {

	private static final List<String> BUNDLES = List.of("messages.properties", "messages_es.properties");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	/** A lone apostrophe: in a text with arguments, MessageFormat would swallow what follows it. */
	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private ModuleMessages() {
	}

	/** The keys a bundle lacks, as "messages_es.properties lacks key". */
	public static List<String> missing(Collection<String> keys) {
		List<String> problems = new ArrayList<>();
		for (String name : BUNDLES) {
			Properties bundle = bundle(name);
			new TreeSet<>(keys).stream().filter(k -> !bundle.containsKey(k)).forEach(k -> problems.add(name + " lacks " + k));
		}
		return problems;
	}

	/** Every complete key ({@code "module.page.name"}) written as a string in the module's main code. */
	public static List<String> keysNamedIn(String module) {
		Pattern key = Pattern.compile("\"(" + module + "(?:\\.[a-z0-9-]+)+)\"");
		List<String> keys = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/microcred", module))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = key.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keys;
	}

	/** The module's texts that MessageFormat cannot read, or that would lose an apostrophe. */
	public static List<String> malformed(String module) {
		List<String> problems = new ArrayList<>();
		for (String name : BUNDLES) {
			Properties bundle = bundle(name);
			Locale locale = name.contains("_") ? Locale.forLanguageTag(name.substring(9, 11)) : Locale.ENGLISH;
			for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
				String text = bundle.getProperty(key);
				if (!key.startsWith(module + ".") || !ARGUMENT.matcher(text).find()) {
					continue;
				}
				if (LONE_APOSTROPHE.matcher(text).find()) {
					problems.add(name + " " + key + " has an apostrophe that is not doubled");
				}
				try {
					new MessageFormat(text, locale).format(new Object[] { 2, 2, 2, 2, 2 });
				}
				catch (IllegalArgumentException ex) {
					problems.add(name + " " + key + ": " + ex.getMessage());
				}
			}
		}
		return problems;
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = ModuleMessages.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
