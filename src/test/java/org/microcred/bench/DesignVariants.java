package org.microcred.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.microcred.catalog.design.Alignment;
import org.microcred.catalog.design.Cost;
import org.microcred.catalog.design.GradeBand;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.StackDesign;
import org.microcred.catalog.internal.DesignValidation;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Catalog entries made from the fourteen hand-written demo designs ({@code demo/catalog/*.json}): each variant
 * keeps a template's method, research, resources, evidence parts and rubric, and gets its own title, context,
 * skills, grade bands, subjects, workload, cost, language and issuer. Designs go through the app's own
 * normalization, as a saved design would.
 */
final class DesignVariants {

	record Template(String slug, String issuerName, MicroCredentialDesign design) {
	}

	private static final List<String> TEMPLATE_ISSUERS = List.of("Northbridge University School of Education",
			"Northbridge University", "Open Practice Institute");

	private final List<Template> templates = new ArrayList<>();

	private final List<String> stackOutcomes = new ArrayList<>();

	DesignVariants(JsonMapper json) {
		for (JsonNode file : read(json, "classpath:demo/catalog/*.json")) {
			templates.add(new Template(file.get("slug").asString(),
					file.get("issuer").asString().equals("university") ? TEMPLATE_ISSUERS.get(0) : TEMPLATE_ISSUERS.get(2),
					json.treeToValue(file.get("design"), MicroCredentialDesign.class)));
		}
		for (JsonNode file : read(json, "classpath:demo/catalog/stacks/*.json")) {
			file.get("design").get("learningOutcomes").forEach(o -> stackOutcomes.add(o.asString()));
		}
	}

	Template template(SplittableRandom random) {
		return templates.get(random.nextInt(templates.size()));
	}

	/** A new micro-credential design from a template, for one issuer. */
	MicroCredentialDesign micro(Template template, Context.Issuer issuer, SplittableRandom random) {
		MicroCredentialDesign t = template.design();
		String[] context = Vocabulary.pick(random, Vocabulary.CONTEXTS);
		boolean spanish = random.nextDouble() < 0.05;
		String title = spanish ? Vocabulary.SPANISH_TITLES.get(template.slug()) + Vocabulary.pick(random, Vocabulary.LEVELS)
				: Vocabulary.pick(random, Vocabulary.TOPICS.get(template.slug())) + " " + context[0]
						+ Vocabulary.pick(random, Vocabulary.LEVELS);
		String summary = firstSentence(t.summary()) + " This micro-credential applies it "
				+ Character.toLowerCase(context[0].charAt(0)) + context[0].substring(1) + ".";
		Set<String> skills = new LinkedHashSet<>(t.skills());
		if (context[3] != null) {
			skills.add(context[3]);
		}
		List<String> subjects = context[1].equals("All subjects") ? t.subjects() : List.of(context[1]);
		Set<GradeBand> bands = context[2] == null ? t.gradeBands() : Set.of(GradeBand.valueOf(context[2]));
		BigDecimal workload = scale(t.workloadHours(), new double[] { 0.5, 0.75, 1, 1, 1.25 }[random.nextInt(5)]);
		String currency = issuer.organization.country().equals("US") ? "USD" : "EUR";
		Cost cost = random.nextDouble() < 0.6 ? Cost.FREE
				: new Cost(BigDecimal.valueOf(new int[] { 25, 49, 75, 95, 120, 250, 360, 450 }[random.nextInt(8)]), currency);
		Integer validity = random.nextDouble() < 0.75 ? t.validityMonths() : Integer.valueOf(random.nextBoolean() ? 36 : 60);
		return normalize(new MicroCredentialDesign(title, summary, t.competencyStatement(), t.keyMethod(),
				t.methodComponents(), t.researchRationale(), t.references(), t.resources(), t.learningOutcomes(),
				List.copyOf(skills), t.alignments(), t.levels(), t.evidenceParts(), t.passingRule(), workload,
				t.ects() == null ? null : scale(workload, 1 / 25.0), scale(workload, 0.1), t.eqfLevel(), t.qfEheaCycle(),
				t.assessmentType(), t.participation(), renamed(t.qualityAssurance(), issuer), t.admissionRequirements(),
				List.of(), bands, subjects, spanish ? "es" : t.language(), cost, validity, t.maxAttempts(),
				t.turnaroundDays(), t.identityVerification(), null));
	}

	/** The next version: the same design with a revised workload (what issuers most often change). */
	MicroCredentialDesign revised(MicroCredentialDesign d, SplittableRandom random) {
		BigDecimal workload = scale(d.workloadHours(), random.nextBoolean() ? 0.8 : 1.2);
		return normalize(new MicroCredentialDesign(d.title(), d.summary(), d.competencyStatement(), d.keyMethod(),
				d.methodComponents(), d.researchRationale(), d.references(), d.resources(), d.learningOutcomes(), d.skills(),
				d.alignments(), d.levels(), d.evidenceParts(), d.passingRule(), workload, d.ects(), scale(workload, 0.1),
				d.eqfLevel(), d.qfEheaCycle(), d.assessmentType(), d.participation(), d.qualityAssurance(),
				d.admissionRequirements(), d.prerequisites(), d.gradeBands(), d.subjects(), d.language(), d.cost(),
				d.validityMonths(), d.maxAttempts(), d.turnaroundDays(), d.identityVerification(), d.furtherInformation()));
	}

	MicroCredentialDesign withPrerequisite(MicroCredentialDesign d, UUID prerequisite, String prerequisiteTitle) {
		return normalize(new MicroCredentialDesign(d.title(), d.summary(), d.competencyStatement(), d.keyMethod(),
				d.methodComponents(), d.researchRationale(), d.references(), d.resources(), d.learningOutcomes(), d.skills(),
				d.alignments(), d.levels(), d.evidenceParts(), d.passingRule(), d.workloadHours(), d.ects(), d.ceus(),
				d.eqfLevel(), d.qfEheaCycle(), d.assessmentType(), d.participation(), d.qualityAssurance(),
				"Earn “" + prerequisiteTitle + "” first. " + (d.admissionRequirements() == null ? "" : d.admissionRequirements()),
				List.of(prerequisite), d.gradeBands(), d.subjects(), d.language(), d.cost(), d.validityMonths(),
				d.maxAttempts(), d.turnaroundDays(), d.identityVerification(), d.furtherInformation()));
	}

	/** A pathway over some of an issuer's micro-credentials. */
	StackDesign stack(String title, List<UUID> components, List<String> componentTitles, Set<UUID> required,
			int minimum, List<Alignment> alignments, Context.Issuer issuer, SplittableRandom random) {
		String list = String.join(", ", componentTitles);
		List<String> outcomes = new ArrayList<>(stackOutcomes);
		java.util.Collections.shuffle(outcomes, new java.util.Random(random.nextLong()));
		return DesignValidation.normalize(new StackDesign(title,
				"A pathway of " + components.size() + " micro-credentials: complete " + minimum + " to earn it.",
				"The " + title + " recognises teachers who demonstrated, with classroom evidence, the practices of "
						+ list + ". Each component is assessed separately against its own rubric.",
				outcomes.subList(0, 3), components, required, minimum,
				"Approved as a stackable pathway by " + issuer.organization.name() + "; each component is quality-assured "
						+ "separately and the combination was reviewed for coherence of outcomes and level.",
				random.nextBoolean() ? null : 6 + random.nextInt(2), alignments, "en"));
	}

	private static MicroCredentialDesign normalize(MicroCredentialDesign design) {
		MicroCredentialDesign normalized = DesignValidation.normalize(design);
		var missing = org.microcred.catalog.internal.DesignChecklistPolicy.check(normalized).stream().filter(i -> !i.ok()).toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("A generated design could not be published: " + missing);
		}
		return normalized;
	}

	private static String renamed(String text, Context.Issuer issuer) {
		if (text == null) {
			return null;
		}
		String result = text;
		for (String name : TEMPLATE_ISSUERS) {
			result = result.replace(name, issuer.organization.name());
		}
		return result;
	}

	/** Scaled to one decimal, written as the app's forms write it: "15", "7.5" (never "15.0"). */
	private static BigDecimal scale(BigDecimal value, double factor) {
		if (value == null) {
			return null;
		}
		BigDecimal scaled = value.multiply(BigDecimal.valueOf(factor)).setScale(1, RoundingMode.HALF_UP);
		return scaled.remainder(BigDecimal.ONE).signum() == 0 ? scaled.setScale(0, RoundingMode.UNNECESSARY) : scaled;
	}

	private static String firstSentence(String text) {
		int end = text.indexOf(". ");
		return end < 0 ? text : text.substring(0, end + 1);
	}

	private static List<JsonNode> read(JsonMapper json, String pattern) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
			List<JsonNode> nodes = new ArrayList<>();
			for (Resource resource : Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
				try (InputStream in = resource.getInputStream()) {
					nodes.add(json.readTree(in));
				}
			}
			return nodes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
