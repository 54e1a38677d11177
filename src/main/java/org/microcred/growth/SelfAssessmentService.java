package org.microcred.growth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.microcred.catalog.design.GradeBand;
import org.microcred.growth.internal.GrowthStore;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.SafeText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's self-assessment: confidence per framework skill, interests, grade bands, subjects and time per week.
 * Only ever the signed-in teacher's own: there is no way to name another teacher.
 */
@Service
public class SelfAssessmentService {

	static final int MAX_SUBJECTS = 10;

	static final int MAX_HOURS = 40;

	private final GrowthStore store;

	private final SkillFramework framework;

	SelfAssessmentService(GrowthStore store, SkillFramework framework) {
		this.store = store;
		this.framework = framework;
	}

	public SelfAssessment mine(CurrentUser teacher) {
		teacher.require(Role.TEACHER);
		Map<String, Integer> ratings = store.ratings(teacher.id().value());
		return store.profile(teacher.id().value())
			.map(p -> new SelfAssessment(ratings, Set.copyOf(p.interests()), bands(p.gradeBands()), p.subjects(),
					p.hoursPerWeek(), p.completedAt(), p.skippedAt()))
			.orElseGet(() -> new SelfAssessment(ratings, Set.of(), Set.of(), List.of(), null, null, null));
	}

	/**
	 * Replaces the teacher's self-assessment. Everything is checked first: one bad value and nothing changes.
	 * @throws InvalidInputException naming the first bad field (a rating outside 1–4, an unknown skill or domain…)
	 */
	@Transactional
	public void save(CurrentUser teacher, SelfAssessmentForm form) {
		teacher.require(Role.TEACHER);
		Map<String, Integer> ratings = new HashMap<>();
		for (Map.Entry<String, String> e : form.ratings().entrySet()) {
			FrameworkSkill skill = framework.skill(e.getKey())
				.orElseThrow(() -> new InvalidInputException("ratings", "growth.assessment.unknown-skill"));
			String value = e.getValue() == null ? "" : e.getValue().strip();
			if (value.isEmpty()) {
				continue;
			}
			int rating = rating(value, skill);
			ratings.put(skill.code(), rating);
		}
		for (String domain : form.interests()) {
			if (framework.domain(domain).isEmpty()) {
				throw new InvalidInputException("interests", "growth.assessment.unknown-domain");
			}
		}
		List<String> bands = new ArrayList<>();
		for (String band : form.gradeBands()) {
			try {
				bands.add(GradeBand.valueOf(band).name());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("gradeBands", "growth.assessment.unknown-grade-band");
			}
		}
		store.saveAssessment(teacher.id().value(), hours(form.hoursPerWeek()), bands, subjects(form.subjects()),
				List.copyOf(new LinkedHashSet<>(form.interests())), ratings);
	}

	/** "Not now" on the guided form: it is no longer offered on the home page (the page stays reachable). */
	@Transactional
	public void skip(CurrentUser teacher) {
		teacher.require(Role.TEACHER);
		store.skip(teacher.id().value());
	}

	private static int rating(String value, FrameworkSkill skill) {
		try {
			int rating = Integer.parseInt(value);
			if (rating >= SelfAssessment.MIN_RATING && rating <= SelfAssessment.MAX_RATING) {
				return rating;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, as for a number out of range
		}
		throw new InvalidInputException("ratings", "growth.assessment.rating-range",
				skill.name(LocaleContextHolder.getLocale()));
	}

	private static Integer hours(String value) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty()) {
			return null;
		}
		try {
			int hours = Integer.parseInt(v);
			if (hours >= 1 && hours <= MAX_HOURS) {
				return hours;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new InvalidInputException("hoursPerWeek", "growth.assessment.hours-range", MAX_HOURS);
	}

	private static List<String> subjects(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		List<String> subjects = java.util.Arrays.stream(value.split("[,;\\n]"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(SafeText::clean)
			.distinct()
			.toList();
		if (subjects.size() > MAX_SUBJECTS || subjects.stream().anyMatch(s -> s.length() > 60)) {
			throw new InvalidInputException("subjects", "growth.assessment.subjects-too-many", MAX_SUBJECTS);
		}
		return subjects;
	}

	private static Set<GradeBand> bands(List<String> names) {
		return names.stream().map(GradeBand::valueOf).collect(Collectors.toSet());
	}

}
