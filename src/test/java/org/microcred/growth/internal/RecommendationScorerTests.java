package org.microcred.growth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.catalog.design.GradeBand;
import org.microcred.catalog.design.StackDesign;
import org.microcred.platform.Msg;

/** The recommendation score: what moves an item up or down, what leaves it out, and that it always says why. */
class RecommendationScorerTests {

	static final FrameworkNames NAMES = new FrameworkNames(
			Map.of("instruction.questioning", "Questioning and discussion", "assessment.feedback", "Feedback for learning",
					"environment.routines", "Routines and behavior"),
			Map.of("instruction.questioning", "instruction", "assessment.feedback", "assessment", "environment.routines",
					"environment"),
			Map.of("instruction", "Instruction", "assessment", "Assessment", "environment", "Learning environment"));

	final Candidate questioning = candidate("Questioning that deepens thinking", "instruction.questioning", 20);

	final Candidate feedback = candidate("Feedback that moves learning", "assessment.feedback", 15);

	final Candidate routines = candidate("Routines that work", "environment.routines", 100);

	final List<Candidate> catalog = List.of(questioning, feedback, routines);

	static Candidate candidate(String title, String skill, int hours) {
		return new Candidate(UUID.randomUUID(), UUID.randomUUID(), title, "", BigDecimal.valueOf(hours), Set.of(skill),
				Set.of(GradeBand.GRADES_6_8), List.of("Science"), List.of());
	}

	static Signals with(Map<String, Integer> ratings) {
		Signals e = Signals.empty();
		return new Signals(ratings, e.interests(), e.gradeBands(), e.subjects(), e.hoursPerWeek(), e.earned(),
				e.enrolled(), e.dismissed(), e.approvedHours(), e.schoolEarners(), e.districtEarners(),
				e.platformEarners(), e.stacks());
	}

	static List<String> titles(List<Scored> ranked) {
		return ranked.stream().map(s -> s.candidate().title()).toList();
	}

	@Test
	void aSelfAssessmentChangesTheRanking() {
		List<Scored> before = RecommendationScorer.rank(catalog, Signals.empty(), NAMES);
		List<Scored> after = RecommendationScorer.rank(catalog,
				with(Map.of("instruction.questioning", 4, "assessment.feedback", 3, "environment.routines", 1)), NAMES);

		assertThat(titles(before)).first().isNotEqualTo("Routines that work");
		assertThat(titles(after)).first().isEqualTo("Routines that work");
		assertThat(after.get(0).reasons()).first().isEqualTo(Msg.of("growth.reason.rated", "Routines and behavior", 1));
		assertThat(titles(after)).last().isEqualTo("Questioning that deepens thinking");
	}

	@Test
	void everyItemHasAtLeastOneReasonEvenForABrandNewTeacher() {
		List<Scored> ranked = RecommendationScorer.rank(catalog, Signals.empty(), NAMES);

		assertThat(ranked).hasSize(3).allSatisfy(s -> assertThat(s.reasons()).isNotEmpty());
		assertThat(ranked.get(0).reasons()).first().extracting(Msg::key).isEqualTo("growth.reason.new-domain");
	}

	@Test
	void earnedEnrolledAndDismissedAreLeftOut() {
		Signals e = Signals.empty();
		Signals s = new Signals(e.ratings(), e.interests(), e.gradeBands(), e.subjects(), null,
				Set.of(questioning.credentialId()), Set.of(feedback.credentialId()), Set.of(routines.credentialId()),
				Map.of(), Map.of(), Map.of(), Map.of(), List.of());

		assertThat(RecommendationScorer.rank(catalog, s, NAMES)).isEmpty();
	}

	@Test
	void undoingADismissalBringsTheItemBack() {
		Set<UUID> dismissed = new HashSet<>(Set.of(routines.credentialId()));
		Signals e = Signals.empty();
		assertThat(titles(RecommendationScorer.rank(catalog, new Signals(e.ratings(), e.interests(), e.gradeBands(),
				e.subjects(), null, Set.of(), Set.of(), dismissed, Map.of(), Map.of(), Map.of(), Map.of(), List.of()),
				NAMES))).doesNotContain("Routines that work");

		dismissed.clear();
		assertThat(titles(RecommendationScorer.rank(catalog, new Signals(e.ratings(), e.interests(), e.gradeBands(),
				e.subjects(), null, Set.of(), Set.of(), dismissed, Map.of(), Map.of(), Map.of(), Map.of(), List.of()),
				NAMES))).contains("Routines that work");
	}

	@Test
	void districtApprovalColleaguesStacksAndTimeEachSayWhy() {
		UUID earnedFirst = UUID.randomUUID();
		StackDesign stack = new StackDesign("Feedback for Learning pathway", null, null, null,
				List.of(earnedFirst, feedback.credentialId()), Set.of(), 2, null, null, null, "en");
		Map<UUID, Long> colleagues = new HashMap<>(Map.of(routines.credentialId(), 4L));
		Signals s = new Signals(Map.of(), Set.of("instruction"), Set.of(GradeBand.GRADES_6_8), Set.of("science"), 2,
				Set.of(earnedFirst), Set.of(), Set.of(), Map.of(questioning.credentialId(), new BigDecimal("15.0")),
				colleagues, Map.of(), Map.of(), List.of(new Signals.Stack("Feedback for Learning pathway", stack)));

		Map<String, List<Msg>> reasons = new HashMap<>();
		RecommendationScorer.rank(catalog, s, NAMES).forEach(r -> reasons.put(r.candidate().title(), r.reasons()));

		assertThat(reasons.get("Questioning that deepens thinking")).contains(
				Msg.of("growth.reason.approved", "15"), Msg.of("growth.reason.interest", "Instruction"),
				Msg.of("growth.reason.grade-band", Msg.of(GradeBand.GRADES_6_8.messageKey())),
				Msg.of("growth.reason.subject", "Science"));
		assertThat(reasons.get("Feedback that moves learning")).first()
			.isEqualTo(Msg.of("growth.reason.completes-stack", "Feedback for Learning pathway"));
		assertThat(reasons.get("Routines that work")).contains(Msg.of("growth.reason.colleagues", 4L));
	}

	@Test
	void timeThatFitsIsAReasonAndALongCredentialDropsForLittleTime() {
		Signals e = Signals.empty();
		Signals s = new Signals(e.ratings(), e.interests(), e.gradeBands(), e.subjects(), 3, Set.of(), Set.of(),
				Set.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of());

		List<Scored> ranked = RecommendationScorer.rank(catalog, s, NAMES);

		assertThat(ranked.get(0).reasons()).contains(Msg.of("growth.reason.fits-time", 3, 5));
		assertThat(titles(ranked)).last().isEqualTo("Routines that work");
	}

	@Test
	void unmetPrerequisitesLeaveACredentialOut() {
		Candidate advanced = new Candidate(UUID.randomUUID(), UUID.randomUUID(), "Advanced questioning", "",
				BigDecimal.TEN, Set.of("instruction.questioning"), Set.of(), List.of(), List.of(questioning.credentialId()));

		assertThat(titles(RecommendationScorer.rank(List.of(questioning, advanced), Signals.empty(), NAMES)))
			.containsExactly("Questioning that deepens thinking");
	}

}
