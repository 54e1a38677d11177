package org.microcred.demo;

import java.util.Map;
import java.util.stream.Collectors;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.LearningService;
import org.microcred.review.AssessmentService;
import org.microcred.review.ReviewId;
import org.springframework.stereotype.Component;

/**
 * The demo teacher's journey so far, made through the real services: one credential earned, one returned with
 * feedback, one waiting for review, one in progress.
 */
@Component
class TeacherActivityDemoStep implements DemoStep {

	private final CatalogService catalog;

	private final EnrollmentService enrollments;

	private final LearningService learning;

	private final AssessmentService assessment;

	private final AccountService accounts;

	private final DemoSubmissions submissions;

	TeacherActivityDemoStep(CatalogService catalog, EnrollmentService enrollments, LearningService learning,
			AssessmentService assessment, AccountService accounts, DemoSubmissions submissions) {
		this.catalog = catalog;
		this.submissions = submissions;
		this.enrollments = enrollments;
		this.learning = learning;
		this.assessment = assessment;
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "teacher-activity";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void run(DemoContext context) {
		CurrentUser maya = user(context, DemoAccounts.TEACHER);
		CurrentUser reviewer = user(context, DemoAccounts.REVIEWER);
		Map<String, DesignVersion> byTitle = catalog.publishedAll()
			.stream()
			.collect(Collectors.toMap(v -> v.title().toLowerCase(), v -> v, (a, b) -> a));

		DesignVersion formative = find(byTitle, "formative assessment");
		AttemptId earned = submit(maya, formative, "I planned three hinge questions and exit tickets for a fractions unit.");
		score(reviewer, formative.micro(), formative.micro().passingRule().minimumLevel(),
				"Clear, well-aligned checks for understanding, and you acted on what they showed. Well done.");
		learning.attempt(earned);

		DesignVersion sel = find(byTitle, "social-emotional");
		submit(maya, sel, "We started a morning check-in circle.");
		score(reviewer, sel.micro(), "developing",
				"A good start. Show how the routine is taught explicitly, and include evidence of its effect on students.");

		submit(maya, find(byTitle, "family engagement"), "Two-way communication plan for the spring term, with a family survey.");

		DesignVersion collaboration = find(byTitle, "collaboration");
		EnrollmentId working = enrollments.enroll(maya, collaboration.credentialId(), false);
		enrollments.markResource(maya, working, 0, true);
		enrollments.saveNotes(maya, working, "Try the jigsaw structure with the science groups next week.");
		enrollments.saveText(maya, working, collaboration.micro().evidenceParts().get(0).key(),
				"Draft: roles for each group member (facilitator, recorder, materials, reporter)…");
	}

	private AttemptId submit(CurrentUser teacher, DesignVersion version, String text) {
		return submissions.submit(teacher, version, enrollments.enroll(teacher, version.credentialId(), false), text);
	}

	private void score(CurrentUser reviewer, MicroCredentialDesign design, String level, String summary) {
		ReviewId review = assessment.claimNext(reviewer, null).orElseThrow();
		Map<String, String> scores = design.criterionKeys().stream().collect(Collectors.toMap(k -> k, k -> level));
		Map<String, String> comments = design.criterionKeys()
			.stream()
			.collect(Collectors.toMap(k -> k, k -> design.passingRule().isBelowPassing(design.levels(), level)
					? "Not yet at " + design.passingLevelName() + ": see the descriptor and the summary." : "Meets the descriptor."));
		assessment.submit(reviewer, review, scores, comments, summary);
	}

	private static DesignVersion find(Map<String, DesignVersion> byTitle, String words) {
		return byTitle.entrySet()
			.stream()
			.filter(e -> e.getKey().contains(words))
			.map(Map.Entry::getValue)
			.filter(DesignVersion::isMicro)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo credential about " + words));
	}

	private CurrentUser user(DemoContext context, String email) {
		return accounts.reload(context.account(email)).orElseThrow();
	}

}
