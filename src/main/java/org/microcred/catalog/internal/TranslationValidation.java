package org.microcred.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.microcred.catalog.design.DesignTranslation;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.SafeText;

/**
 * Checks a translation before it is saved: a real language tag other than the design's own, a title, the same
 * length limits as the design, and only texts for parts, criteria, levels and resources the design has.
 */
public final class TranslationValidation {

	private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

	private TranslationValidation() {
	}

	/** The canonical form of a language tag (es-mx → es-MX), or an error on the field {@code language}. */
	public static String tag(String language) {
		String value = language == null ? "" : language.strip();
		if (!TAG.matcher(value.toLowerCase(Locale.ROOT)).matches()) {
			throw new InvalidInputException("language", "catalog.translation.language.invalid");
		}
		return Locale.forLanguageTag(value).toLanguageTag();
	}

	public static DesignTranslation normalize(DesignTranslation t, MicroCredentialDesign design) {
		String language = tag(t.language());
		if (language.equals(primary(design))) {
			throw new InvalidInputException("language", "catalog.translation.language.primary");
		}
		String title = SafeText.clean(t.title());
		Msg problem = SafeText.problemWithName(title, 200);
		if (problem != null) {
			throw new InvalidInputException("title", problem.key(), problem.args());
		}
		text("summary", t.summary(), 600);
		text("competencyStatement", t.competencyStatement(), DesignValidation.LONG_TEXT);
		Map<String, String> levels = new LinkedHashMap<>();
		design.levels().forEach(l -> put(levels, l.key(), text("levels", t.levels().get(l.key()), 60)));
		Map<String, DesignTranslation.PartText> parts = new LinkedHashMap<>();
		Map<String, DesignTranslation.CriterionText> criteria = new LinkedHashMap<>();
		design.evidenceParts().forEach(p -> {
			DesignTranslation.PartText pt = t.parts().get(p.key());
			if (pt != null) {
				parts.put(p.key(), new DesignTranslation.PartText(text("parts", pt.title(), 200),
						text("parts", pt.instructions(), DesignValidation.LONG_TEXT)));
			}
			p.criteria().forEach(c -> {
				DesignTranslation.CriterionText ct = t.criteria().get(p.key() + "/" + c.key());
				if (ct != null) {
					Map<String, String> descriptors = new LinkedHashMap<>();
					design.levels().forEach(l -> put(descriptors, l.key(),
							text("criteria", ct.descriptors().get(l.key()), 2000)));
					criteria.put(p.key() + "/" + c.key(),
							new DesignTranslation.CriterionText(text("criteria", ct.name(), 200), descriptors));
				}
			});
		});
		List<DesignTranslation.ResourceText> resources = t.resources()
			.stream()
			.limit(design.resources().size())
			.map(r -> r == null ? new DesignTranslation.ResourceText(null, null)
					: new DesignTranslation.ResourceText(text("resources", r.title(), 300),
							text("resources", r.description(), DesignValidation.LONG_TEXT)))
			.toList();
		return new DesignTranslation(language, title, text("summary", t.summary(), 600),
				text("competencyStatement", t.competencyStatement(), DesignValidation.LONG_TEXT), levels, parts,
				criteria, resources);
	}

	/** The design's primary language tag (English when it never said). */
	public static String primary(MicroCredentialDesign design) {
		return design.language() == null || design.language().isBlank() ? "en" : design.language();
	}

	private static void put(Map<String, String> map, String key, String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > max) {
			throw new InvalidInputException(field, "catalog.design.too-long", max);
		}
		return value.strip();
	}

}
