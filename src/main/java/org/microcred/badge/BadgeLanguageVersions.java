package org.microcred.badge;

import java.util.Locale;
import java.util.Map;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignTranslationService;
import org.microcred.catalog.DesignVersion;

import jakarta.json.JsonObject;

/**
 * A badge page and certificate follow their visitor's language: when the credential's achievement has a version in
 * it, its name, description and criteria are shown from that version; the signed credential stays as issued, in the
 * language the teacher earned it in.
 */
@org.springframework.stereotype.Component
public class BadgeLanguageVersions {

	private final CatalogService catalog;

	private final DesignTranslationService translations;

	BadgeLanguageVersions(CatalogService catalog, DesignTranslationService translations) {
		this.catalog = catalog;
		this.translations = translations;
	}

	/**
	 * @param view texts in {@code shown}
	 * @param earnedIn the {@code inLanguage} of the signed achievement (null when it states none)
	 * @param shown the language of the texts shown
	 */
	public record Shown(CredentialView view, String earnedIn, String shown) {

		/** Whether the texts shown are another language version than the signed one. */
		public boolean translated() {
			return earnedIn != null && !earnedIn.equals(shown);
		}

	}

	public Shown localize(CredentialView view, Locale reader) {
		JsonObject achievement = CredentialView.json(view.credential().signed())
			.getJsonObject("credentialSubject")
			.getJsonObject("achievement");
		String earnedIn = achievement.getString("inLanguage", null);
		DesignVersion version = catalog.version(view.credential().versionId()).orElse(null);
		if (version == null || earnedIn == null) {
			return new Shown(view, earnedIn, earnedIn);
		}
		String best = translations.bestLanguage(version, reader);
		if (best.equals(earnedIn) || !reader.getLanguage().equals(Locale.forLanguageTag(best).getLanguage())) {
			// the signed texts, unless the version speaks the visitor's language and the credential does not
			return new Shown(view, earnedIn, earnedIn);
		}
		Map<String, Object> texts = catalog.achievement(version.id(), best);
		Object criteria = texts.get("criteria") instanceof Map<?, ?> c ? c.get("narrative") : null;
		CredentialView shown = new CredentialView(view.credential(), view.earnerName(),
				String.valueOf(texts.getOrDefault("name", view.achievementName())),
				String.valueOf(texts.getOrDefault("description", view.achievementDescription())),
				criteria == null ? view.criteria() : criteria.toString(), view.achievementUrl(), view.imageUrl(),
				view.issuerName(), view.issuerUrl(), view.validFrom(), view.validUntil(), view.credits(),
				view.evidence(), view.alignments(), view.tags());
		return new Shown(shown, earnedIn, best);
	}

}
