package org.microcred.demo;

import java.util.List;
import java.util.UUID;

import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.EvidenceSubmitted;
import org.microcred.learning.LearningService;
import org.microcred.learning.Submission;
import org.microcred.review.AssessmentService;
import org.springframework.stereotype.Component;

/** Demo teachers' submissions, made through the real services and queued at once for the demo reviewers. */
@Component
class DemoSubmissions {

	private final EnrollmentService enrollments;

	private final LearningService learning;

	private final AssessmentService assessment;

	DemoSubmissions(EnrollmentService enrollments, LearningService learning, AssessmentService assessment) {
		this.enrollments = enrollments;
		this.learning = learning;
		this.assessment = assessment;
	}

	/** Writes {@code text} into every text part (a lesson video link into the others) and submits. */
	AttemptId submit(CurrentUser teacher, DesignVersion version, EnrollmentId enrollment, String text) {
		for (EvidencePart part : version.micro().evidenceParts()) {
			if (part.acceptsText()) {
				enrollments.saveText(teacher, enrollment, part.key(), text);
			}
			else if (part.acceptsLinks()) {
				enrollments.saveLinks(teacher, enrollment, part.key(), List.of("https://video.example.org/demo-lesson"), 10);
			}
		}
		AttemptId attempt = enrollments.submit(teacher, enrollment, UUID.randomUUID());
		// queue it now rather than after the demo step commits, so a demo reviewer can claim it in the same step
		Submission s = learning.submission(attempt);
		assessment.enqueue(new EvidenceSubmitted(attempt, enrollment, teacher.id(), version.credentialId(), version.id(),
				s.attempt().number(), false, s.attempt().submittedAt(), s.attempt().dueAt()));
		return attempt;
	}

}
