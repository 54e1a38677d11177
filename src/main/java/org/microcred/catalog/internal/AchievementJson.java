package org.microcred.catalog.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.design.Alignment;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.StackDesign;
import org.microcred.organization.Organization;
import org.microcred.platform.PlatformSettings;
import org.springframework.stereotype.Component;

/**
 * Builds the Open Badges 3.0 {@code Achievement} of a design version. Its id is a stable public URL of this
 * installation that answers with the same JSON.
 */
@Component
public class AchievementJson {

	private final PlatformSettings platform;

	public AchievementJson(PlatformSettings platform) {
		this.platform = platform;
	}

	public String id(DesignVersion version) {
		return platform.url("/achievements/" + version.id());
	}

	/** The id of a version's achievement in one language: the plain id in its primary language. */
	String id(DesignVersion version, String language, String primary) {
		return language.equals(primary) ? id(version)
				: platform.url("/achievements/" + version.id() + "?lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8));
	}

	public Map<String, Object> of(DesignVersion version, Organization issuer) {
		String language = version.isMicro() ? version.micro().language() : version.stack().language();
		return of(version, issuer, language, language, List.of(language));
	}

	/**
	 * The achievement with its texts in {@code language} (the version given is already in it), and each other language
	 * version as an Open Badges 3.0 {@code Related} (id, type, {@code inLanguage}, version): "alternate language
	 * editions" of the same achievement.
	 *
	 * @param languages every language of the version, primary first
	 */
	public Map<String, Object> of(DesignVersion version, Organization issuer, String language, String primary,
			List<String> languages) {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("id", language == null ? id(version) : id(version, language, primary));
		a.put("type", List.of("Achievement"));
		if (version.isMicro()) {
			MicroCredentialDesign d = version.micro();
			a.put("achievementType", "MicroCredential");
			a.put("name", d.title());
			a.put("description", firstOf(d.summary(), d.competencyStatement(), d.title()));
			a.put("criteria", Map.of("narrative", narrative(d)));
			a.put("image", image(version));
			a.put("creator", creator(issuer));
			if (d.workloadHours() != null) {
				a.put("creditsAvailable", d.workloadHours());
			}
			a.put("alignment", alignments(d.alignments()));
			a.put("inLanguage", d.language());
			if (!d.skills().isEmpty()) {
				a.put("tag", d.skills());
			}
		}
		else {
			StackDesign s = version.stack();
			a.put("achievementType", "Certificate");
			a.put("name", s.title());
			a.put("description", firstOf(s.summary(), s.description(), s.title()));
			a.put("criteria", Map.of("narrative", s.ruleLabel() + "."));
			a.put("image", image(version));
			a.put("creator", creator(issuer));
			a.put("alignment", alignments(s.alignments()));
			a.put("inLanguage", s.language());
		}
		if (language != null) {
			a.put("inLanguage", language);
			List<Map<String, Object>> related = new ArrayList<>();
			for (String other : languages) {
				if (!other.equals(language)) {
					Map<String, Object> r = new LinkedHashMap<>();
					r.put("id", id(version, other, primary));
					r.put("type", List.of("Related"));
					r.put("inLanguage", other);
					r.put("version", String.valueOf(version.number()));
					related.add(r);
				}
			}
			if (!related.isEmpty()) {
				a.put("related", related);
			}
		}
		a.put("version", String.valueOf(version.number()));
		return a;
	}

	private Map<String, Object> image(DesignVersion version) {
		Map<String, Object> image = new LinkedHashMap<>();
		image.put("id", platform.url("/achievements/" + version.id() + "/image"));
		image.put("type", "Image");
		image.put("caption", version.title());
		return image;
	}

	private Map<String, Object> creator(Organization issuer) {
		Map<String, Object> creator = new LinkedHashMap<>();
		creator.put("id", platform.url("/issuers/" + issuer.id()));
		creator.put("type", List.of("Profile"));
		creator.put("name", issuer.name());
		return creator;
	}

	private static List<Map<String, Object>> alignments(List<Alignment> alignments) {
		List<Map<String, Object>> result = new ArrayList<>();
		for (Alignment al : alignments) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("type", List.of("Alignment"));
			m.put("targetName", al.targetName());
			m.put("targetUrl", al.targetUrl());
			if (al.targetDescription() != null && !al.targetDescription().isBlank()) {
				m.put("targetDescription", al.targetDescription());
			}
			if (al.framework() != null && !al.framework().isBlank()) {
				m.put("targetFramework", al.framework());
			}
			if (al.targetCode() != null && !al.targetCode().isBlank()) {
				m.put("targetCode", al.targetCode());
			}
			result.add(m);
		}
		return result;
	}

	/** What the earner demonstrated and how it was judged, as the criteria narrative. */
	static String narrative(MicroCredentialDesign d) {
		StringBuilder text = new StringBuilder();
		if (d.competencyStatement() != null) {
			text.append(d.competencyStatement().strip()).append("\n\n");
		}
		text.append("Evidence assessed against a published rubric:\n");
		for (EvidencePart part : d.evidenceParts()) {
			text.append("- ").append(part.title()).append('\n');
		}
		if (d.passingRule() != null) {
			String level = d.level(d.passingRule().minimumLevel()).map(l -> l.name()).orElse(d.passingRule().minimumLevel());
			text.append("\nPassed when every rubric criterion is at “").append(level).append("” or above.");
		}
		return text.toString();
	}

	private static String firstOf(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return "";
	}

}
