package org.microcred.growth;

import java.util.List;

import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.springframework.stereotype.Component;

/**
 * What the growth module shows on the teacher's home page: the offer of the guided self-assessment and the first
 * recommendations. The learning module's home page includes growth's fragment ({@code growth/home}), which asks
 * this bean; so the learning module needs no Java dependency on growth (growth depends on learning).
 */
@Component("growthHome")
public class GrowthHome {

	/** How many recommendations the home page shows; the rest are one link away. */
	public static final int ON_HOME = 4;

	/** The home page's part. */
	public record View(boolean offerSelfAssessment, List<Recommendation> recommendations, int total) {
	}

	private final RecommendationService recommendations;

	private final SelfAssessmentService assessments;

	GrowthHome(RecommendationService recommendations, SelfAssessmentService assessments) {
		this.recommendations = recommendations;
		this.assessments = assessments;
	}

	public View of(CurrentUser teacher) {
		if (teacher == null || !teacher.hasRole(Role.TEACHER)) {
			return new View(false, List.of(), 0);
		}
		List<Recommendation> all = recommendations.all(teacher);
		return new View(assessments.mine(teacher).offerGuidedForm(), all.subList(0, Math.min(ON_HOME, all.size())),
				all.size());
	}

}
