package org.microcred.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.demo.DemoAccounts;
import org.microcred.demo.DemoSeeder;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.support.Credentials.Published;
import org.microcred.support.DesignFixtures;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

/** Over HTTP: a new teacher's home recommends with reasons, a self-assessment reorders it, bad input changes nothing. */
// seeds the demo: first in the shared database, like the other demo readers (junit-platform.properties)
@org.junit.jupiter.api.Order(1)
class GrowthIntegrationTests extends IntegrationTest {

	@Autowired
	SelfAssessmentService assessments;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	DemoSeeder demo;

	/** One catalog for the whole class: the credentials every test's teacher is recommended. */
	static String questioning;

	static String routines;

	static Published routinesCredential;

	@BeforeEach
	void catalog() {
		// the demo data first, as on a fresh install: the rankings below must hold beside the demo catalog
		demo.seedOnce();
		if (routinesCredential != null) {
			return;
		}
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		questioning = "A growth test questioning " + suffix;
		routines = "A growth test routines " + suffix;
		credentials.publish(DesignFixtures.complete(questioning, List.of(), List.of("questioning", "talk moves")));
		routinesCredential = credentials.publish(DesignFixtures.complete(routines, List.of(), List.of("classroom management")));
	}

	WebClientSession logIn(CurrentUser teacher) {
		return browserSession().logIn(teacher.email(), TestData.PASSWORD);
	}

	/** The titles of the recommendation cards on the home page, in order. */
	static List<String> cards(String html) {
		Matcher m = Pattern.compile("<li class=\"card recommendation\">\\s*<h3><a href=\"[^\"]+\">([^<]+)</a>").matcher(html);
		List<String> titles = new java.util.ArrayList<>();
		while (m.find()) {
			titles.add(m.group(1));
		}
		return titles;
	}

	@Test
	void aNewTeacherSeesRecommendationsWithReasonsAndTheOfferToSelfAssess() {
		WebClientSession teacher = logIn(data.teacher());

		String home = teacher.get("/teacher").body();

		assertThat(home).contains("Recommended for you", "Tell us about your teaching", "Not now");
		assertThat(cards(home)).isNotEmpty();
		Matcher card = Pattern.compile("<li class=\"card recommendation\">(.*?)</form>\\s*</li>", Pattern.DOTALL).matcher(home);
		int seen = 0;
		while (card.find()) {
			assertThat(card.group(1)).as("a card without a reason").containsPattern("<ul class=\"reasons\">\\s*<li>\\S");
			seen++;
		}
		assertThat(seen).isEqualTo(cards(home).size());
	}

	@Test
	void aSelfAssessmentChangesTheOrderAndSkippingHidesTheOffer() {
		CurrentUser user = data.teacher();
		WebClientSession teacher = logIn(user);
		assertThat(titles(recommendations.all(user))).containsSubsequence(questioning, routines);

		HttpResponse<String> saved = teacher.post("/teacher/self-assessment", "/teacher/self-assessment",
				Map.of("rating.environment.routines", "1", "rating.instruction.questioning", "4", "hoursPerWeek", "3"));
		assertThat(saved.statusCode()).isEqualTo(302);

		String home = teacher.get("/teacher").body();
		assertThat(home).contains("Your self-assessment is saved").doesNotContain("Tell us about your teaching");
		assertThat(cards(home)).first().isEqualTo(routines);
		assertThat(home).contains("You rated Routines and behavior 1 of 4", "Fits 3 h a week: about 5 weeks");
		assertThat(titles(recommendations.all(user))).containsSubsequence(routines, questioning);
	}

	@Test
	void theDemoTeacherSeesRecommendationsWithReasons() {
		WebClientSession teacher = browserSession().logIn(DemoAccounts.TEACHER, DemoAccounts.PASSWORD);

		String home = teacher.get("/teacher").body();

		assertThat(home).contains("Recommended for you");
		assertThat(cards(home)).isNotEmpty();
		Matcher card = Pattern.compile("<li class=\"card recommendation\">(.*?)</form>\\s*</li>", Pattern.DOTALL).matcher(home);
		while (card.find()) {
			assertThat(card.group(1)).as("a card without a reason").containsPattern("<ul class=\"reasons\">\\s*<li>\\S");
		}
	}

	static List<String> titles(List<Recommendation> all) {
		return all.stream().map(Recommendation::title).toList();
	}

	@Test
	void ratingsOutsideOneToFourAndUnknownSkillsAreRefusedAndNothingChanges() {
		CurrentUser user = data.teacher();
		WebClientSession teacher = logIn(user);
		teacher.post("/teacher/self-assessment", "/teacher/self-assessment",
				Map.of("rating.environment.routines", "2", "subjects", "Science"));

		for (String bad : List.of("0", "5", "three")) {
			HttpResponse<String> refused = teacher.post("/teacher/self-assessment", "/teacher/self-assessment",
					Map.of("rating.environment.routines", "3", "rating.instruction.questioning", bad, "subjects", "History"));
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("Nothing was saved", "Rate “Questioning and discussion” from 1 to 4.");
		}
		HttpResponse<String> unknown = teacher.post("/teacher/self-assessment", "/teacher/self-assessment",
				Map.of("rating.environment.routines", "3", "rating.juggling", "2"));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("One of the skills rated is not in the framework.");

		SelfAssessment kept = assessments.mine(user);
		assertThat(kept.ratings()).isEqualTo(Map.of("environment.routines", 2));
		assertThat(kept.subjects()).containsExactly("Science");
	}

	@Test
	void aTeacherCannotReadAnothersSelfAssessment() {
		CurrentUser owner = data.teacher();
		String secret = "Astrophysics " + UUID.randomUUID().toString().substring(0, 6);
		logIn(owner).post("/teacher/self-assessment", "/teacher/self-assessment", Map.of("subjects", secret));

		WebClientSession other = logIn(data.teacher());
		assertThat(other.get("/teacher/self-assessment").body()).doesNotContain(secret);
		assertThat(other.get("/teacher/self-assessment?teacher=" + owner.id().value()).body()).doesNotContain(secret);

		CurrentUser reviewer = data.user("Reviewer", new org.microcred.identity.RoleGrant(Role.REVIEWER, data.issuer().value()));
		HttpResponse<String> forbidden = browserSession().logIn(reviewer.email(), TestData.PASSWORD)
			.get("/teacher/self-assessment");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).doesNotContain(secret);
	}

	@Test
	void aDismissedRecommendationIsNotShownAgainUntilUndone() {
		WebClientSession teacher = logIn(data.teacher());
		teacher.post("/teacher/self-assessment", "/teacher/self-assessment", Map.of("rating.environment.routines", "1"));
		String path = "/teacher/recommendations/" + routinesCredential.credential().value();

		teacher.post("/teacher", path + "/dismiss", Map.of("from", "home"));
		String home = teacher.get("/teacher").body();
		assertThat(home).contains("“" + routines + "” will not be recommended again.", "Undo");
		assertThat(cards(home)).doesNotContain(routines);
		assertThat(teacher.get("/teacher/recommendations").body()).contains("Dismissed", routines);

		teacher.post("/teacher", path + "/dismiss", Map.of("from", "home"));
		assertThat(teacher.get("/teacher").body()).contains("“" + routines + "” was already dismissed.");

		teacher.post("/teacher", path + "/restore", Map.of("from", "home"));
		home = teacher.get("/teacher").body();
		assertThat(home).contains("“" + routines + "” can be recommended again.");
		assertThat(cards(home)).contains(routines);
	}

}
