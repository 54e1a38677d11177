package org.microcred.privacy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredential;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.EvidenceFile;
import org.microcred.learning.EvidenceFiles;
import org.microcred.learning.Feedback;
import org.microcred.learning.LearningService;
import org.microcred.support.Credentials.Published;
import org.microcred.support.Files;
import org.springframework.boot.test.context.TestComponent;

/** A teacher who uploaded a file, passed and holds the issued credential. */
@TestComponent
class PrivacyFixture {

	private final EnrollmentService enrollments;

	private final EvidenceFiles files;

	private final LearningService learning;

	private final BadgeService badges;

	PrivacyFixture(EnrollmentService enrollments, EvidenceFiles files, LearningService learning, BadgeService badges) {
		this.enrollments = enrollments;
		this.files = files;
		this.learning = learning;
		this.badges = badges;
	}

	record Earned(EnrollmentId enrollment, EvidenceFile file, byte[] bytes, IssuedCredential credential) {
	}

	Earned earn(Published published, CurrentUser teacher) {
		EnrollmentId enrollment = enrollments.enroll(teacher, published.credential(), false);
		enrollments.acknowledgePrivacy(teacher, enrollment);
		byte[] pdf = Files.pdf();
		EvidenceFile file = files.upload(teacher, enrollment, "plan", "lesson-plan.pdf", pdf.length,
				new ByteArrayInputStream(pdf), false);
		enrollments.saveText(teacher, enrollment, "plan", "My lesson plan with embedded checks for understanding.");
		enrollments.saveText(teacher, enrollment, "reflection", "What I learned from my students.");
		AttemptId attempt = enrollments.submit(teacher, enrollment, UUID.randomUUID());
		learning.decide(attempt, true, new Feedback("Well done", List.of()));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !badges.ofTeacher(teacher.id()).isEmpty());
		return new Earned(enrollment, file, pdf, badges.ofTeacher(teacher.id()).get(0));
	}

}
