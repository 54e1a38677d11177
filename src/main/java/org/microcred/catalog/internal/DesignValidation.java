package org.microcred.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.microcred.catalog.design.Alignment;
import org.microcred.catalog.design.Criterion;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.PerformanceLevel;
import org.microcred.catalog.design.Reference;
import org.microcred.catalog.design.Resource;
import org.microcred.catalog.design.StackDesign;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.SafeText;

/**
 * Checks that a design is well-formed before it is saved (lengths, web addresses, unique keys, ranges) and
 * normalizes it (trimmed text, keys derived from titles). Completeness is the checklist's job: a draft may be
 * incomplete, never malformed.
 */
public final class DesignValidation {

	static final int LONG_TEXT = 10_000;

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{3,2000}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private DesignValidation() {
	}

	public static MicroCredentialDesign normalize(MicroCredentialDesign d) {
		requireTitle(d.title());
		text("summary", d.summary(), 600);
		for (String[] field : new String[][] { { "competencyStatement", d.competencyStatement() },
				{ "keyMethod", d.keyMethod() }, { "researchRationale", d.researchRationale() },
				{ "assessmentType", d.assessmentType() }, { "qualityAssurance", d.qualityAssurance() },
				{ "admissionRequirements", d.admissionRequirements() },
				{ "identityVerification", d.identityVerification() },
				{ "furtherInformation", d.furtherInformation() } }) {
			text(field[0], field[1], LONG_TEXT);
		}
		size("methodComponents", d.methodComponents(), 20);
		size("references", d.references(), 50);
		size("resources", d.resources(), 50);
		size("learningOutcomes", d.learningOutcomes(), 30);
		size("skills", d.skills(), 30);
		size("alignments", d.alignments(), 30);
		size("evidenceParts", d.evidenceParts(), 12);
		size("subjects", d.subjects(), 20);
		d.references().stream().map(Reference::url).forEach(u -> url("references", u));
		d.resources().stream().map(Resource::url).forEach(u -> url("resources", u));
		d.alignments().stream().map(Alignment::targetUrl).forEach(u -> url("alignments", u));
		d.resources().forEach(r -> text("resources", r.title(), 300));
		d.skills().forEach(s -> text("skills", s, 60));
		d.learningOutcomes().forEach(o -> text("learningOutcomes", o, 1000));
		List<PerformanceLevel> levels = levels(d.levels());
		range("workloadHours", d.workloadHours(), 0, 10_000);
		range("ects", d.ects(), 0, 60);
		range("ceus", d.ceus(), 0, 100);
		range("eqfLevel", d.eqfLevel(), 1, 8);
		range("validityMonths", d.validityMonths(), 1, 240);
		range("maxAttempts", d.maxAttempts(), 1, 50);
		range("turnaroundDays", d.turnaroundDays(), 1, 120);
		if (d.language() != null && !LANGUAGE.matcher(d.language()).matches()) {
			throw new InvalidInputException("language", "catalog.design.language.invalid");
		}
		if (!d.cost().free() && (d.cost().amount().signum() < 0 || d.cost().currency() == null
				|| !d.cost().currency().matches("[A-Z]{3}"))) {
			throw new InvalidInputException("cost", "catalog.design.price.invalid");
		}
		List<EvidencePart> parts = parts(d.evidenceParts());
		if (d.passingRule() != null && d.passingRule().minimumLevel() != null
				&& levels.stream().noneMatch(l -> l.key().equals(d.passingRule().minimumLevel()))) {
			throw new InvalidInputException("passingRule", "catalog.design.passing-rule.unknown");
		}
		return new MicroCredentialDesign(SafeText.clean(d.title()), blankToNull(d.summary()), blankToNull(d.competencyStatement()),
				blankToNull(d.keyMethod()), d.methodComponents(), blankToNull(d.researchRationale()), d.references(),
				d.resources(), trimmed(d.learningOutcomes()), lower(d.skills()), d.alignments(), levels, parts,
				d.passingRule(), d.workloadHours(), d.ects(), d.ceus(), d.eqfLevel(), blankToNull(d.qfEheaCycle()),
				blankToNull(d.assessmentType()), d.participation(), blankToNull(d.qualityAssurance()),
				blankToNull(d.admissionRequirements()), d.prerequisites(), d.gradeBands(), trimmed(d.subjects()),
				d.language(), d.cost(), d.validityMonths(), d.maxAttempts(), d.turnaroundDays(),
				blankToNull(d.identityVerification()), blankToNull(d.furtherInformation()));
	}

	public static StackDesign normalize(StackDesign s) {
		requireTitle(s.title());
		text("summary", s.summary(), 600);
		text("description", s.description(), LONG_TEXT);
		text("qualityAssurance", s.qualityAssurance(), LONG_TEXT);
		size("components", s.components(), 30);
		size("learningOutcomes", s.learningOutcomes(), 30);
		s.alignments().stream().map(Alignment::targetUrl).forEach(u -> url("alignments", u));
		range("eqfLevel", s.eqfLevel(), 1, 8);
		if (new HashSet<>(s.components()).size() != s.components().size()) {
			throw new InvalidInputException("components", "catalog.stack.components.duplicate");
		}
		if (!s.components().containsAll(s.requiredComponents())) {
			throw new InvalidInputException("requiredComponents", "catalog.stack.required-not-component");
		}
		return new StackDesign(SafeText.clean(s.title()), blankToNull(s.summary()), blankToNull(s.description()),
				trimmed(s.learningOutcomes()), s.components(), s.requiredComponents(), s.minimumComponents(),
				blankToNull(s.qualityAssurance()), s.eqfLevel(), s.alignments(), s.language());
	}

	private static List<PerformanceLevel> levels(List<PerformanceLevel> levels) {
		Set<String> keys = new HashSet<>();
		List<PerformanceLevel> result = new ArrayList<>();
		for (PerformanceLevel level : levels) {
			text("levels", level.name(), 60);
			String key = keyOf(level.key(), level.name(), result.size());
			if (!keys.add(key)) {
				throw new InvalidInputException("levels", "catalog.design.levels.duplicate");
			}
			result.add(new PerformanceLevel(key, SafeText.clean(level.name()), level.rank()));
		}
		return result;
	}

	private static List<EvidencePart> parts(List<EvidencePart> parts) {
		Set<String> keys = new HashSet<>();
		List<EvidencePart> result = new ArrayList<>();
		for (EvidencePart part : parts) {
			text("evidenceParts", part.title(), 200);
			text("evidenceParts", part.instructions(), LONG_TEXT);
			range("evidenceParts", part.maxFiles(), 0, 20);
			range("evidenceParts", part.maxWords(), 0, 20_000);
			String key = keyOf(part.key(), part.title(), result.size());
			if (!keys.add(key)) {
				throw new InvalidInputException("evidenceParts", "catalog.design.parts.duplicate");
			}
			Set<String> criterionKeys = new HashSet<>();
			List<Criterion> criteria = new ArrayList<>();
			for (Criterion c : part.criteria()) {
				text("evidenceParts", c.name(), 200);
				String ck = keyOf(c.key(), c.name(), criteria.size());
				if (!criterionKeys.add(ck)) {
					throw new InvalidInputException("evidenceParts", "catalog.design.criteria.duplicate", part.title());
				}
				Map<String, String> descriptors = new LinkedHashMap<>();
				c.descriptors().forEach((level, text) -> {
					text("evidenceParts", text, 2000);
					if (text != null && !text.isBlank()) {
						descriptors.put(level, text.strip());
					}
				});
				criteria.add(new Criterion(ck, SafeText.clean(c.name()), descriptors));
			}
			result.add(new EvidencePart(key, SafeText.clean(part.title()), blankToNull(part.instructions()),
					part.acceptedKinds(), part.required(), part.acceptsFiles() ? Math.max(1, part.maxFiles()) : 0,
					part.maxWords(), criteria));
		}
		return result;
	}

	/** A stable key: kept when given, otherwise derived from the name. */
	static String keyOf(String key, String name, int index) {
		if (key != null && key.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			return key;
		}
		String derived = name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		derived = derived.length() > 40 ? derived.substring(0, 40).replaceAll("-$", "") : derived;
		return derived.isEmpty() ? "item-" + (index + 1) : derived;
	}

	private static void requireTitle(String title) {
		String clean = SafeText.clean(title);
		if (SafeText.problemWithName(clean, 200) == null) {
			return;
		}
		if (clean == null || clean.isBlank()) {
			throw new InvalidInputException("title", "catalog.design.title.required");
		}
		if (clean.length() > 200) {
			throw new InvalidInputException("title", "catalog.design.too-long", 200);
		}
		throw new InvalidInputException("title", clean.contains("<") || clean.contains(">") ? "catalog.design.title.markup"
				: "catalog.design.title.control");
	}

	private static void text(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw new InvalidInputException(field, "catalog.design.too-long", max);
		}
	}

	private static void size(String field, List<?> list, int max) {
		if (list.size() > max) {
			throw new InvalidInputException(field, "catalog.design.too-many", max);
		}
	}

	private static void url(String field, String value) {
		if (value != null && !value.isBlank() && !URL.matcher(value.strip()).matches()) {
			throw new InvalidInputException(field, "catalog.design.url.invalid");
		}
	}

	private static void range(String field, Number value, long min, long max) {
		if (value != null && (new BigDecimal(value.toString()).compareTo(BigDecimal.valueOf(min)) < 0
				|| new BigDecimal(value.toString()).compareTo(BigDecimal.valueOf(max)) > 0)) {
			throw new InvalidInputException(field, "catalog.design.out-of-range", min, max);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static List<String> trimmed(List<String> values) {
		return values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
	}

	private static List<String> lower(List<String> values) {
		return trimmed(values).stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().toList();
	}

}
