package org.microcred.catalog;

import java.util.List;

/**
 * A design version in the language a reader sees it in.
 *
 * @param version the version with its texts in {@code language} (the primary texts where a translation is blank)
 * @param language the tag of the language shown
 * @param primaryLanguage the tag of the design's own language
 * @param languages every language the version can be read in, primary first
 * @param requested the tag of the language the reader asked for (their page's language)
 */
public record LocalizedVersion(DesignVersion version, String language, String primaryLanguage, List<String> languages,
		String requested) {

	/** Whether the texts shown are a translation rather than the design's own. */
	public boolean translated() {
		return !language.equals(primaryLanguage);
	}

	/** Whether the reader sees another language than their page's: the page says which one is shown. */
	public boolean differsFromPage() {
		return !base(language).equals(base(requested));
	}

	/** The other languages the version can be read in. */
	public List<String> otherLanguages() {
		return languages.stream().filter(l -> !l.equals(language)).toList();
	}

	private static String base(String tag) {
		int dash = tag.indexOf('-');
		return dash < 0 ? tag : tag.substring(0, dash);
	}

}
