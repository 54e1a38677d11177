package org.microcred.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.catalog.design.EvidenceKind;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.identity.CurrentUser;
import org.microcred.support.DesignFixtures;
import org.microcred.support.Files;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

/** Saving evidence keeps what is good, says what is wrong at once, and asks about students before any photo. */
class EvidenceThatHelpsIntegrationTests extends IntegrationTest {

	@Autowired
	EnrollmentService enrollments;

	CurrentUser teacher;

	EnrollmentId enrollment;

	WebClientSession session;

	String page;

	@BeforeEach
	void enrolled() {
		EvidencePart lesson = new EvidencePart("lesson", "Recorded lesson", "Link to your lesson video; at least 20 words of context.",
				Set.of(EvidenceKind.LINK, EvidenceKind.TEXT, EvidenceKind.FILE), true, 3, 30,
				List.of(DesignFixtures.criterion("clarity", "Clarity")));
		var published = credentials.publish(DesignFixtures.withParts("Helpful evidence " + UUID.randomUUID().toString().substring(0, 6),
				List.of(lesson)));
		teacher = data.teacher();
		enrollment = enrollments.enroll(teacher, published.credential(), false);
		session = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		page = "/learn/" + enrollment.value();
	}

	@Test
	void oneBadLineKeepsTheOtherLinksAndIsNamedByItsNumber() {
		String typed = "https://video.example.org/lesson\nvideo.example.org/second\nhttps://docs.example.org/plan";
		HttpResponse<String> saved = session.post(page, page + "/parts/lesson/links", Map.of("links", typed));

		assertThat(enrollments.draft(teacher, enrollment).get("lesson").links())
			.containsExactly("https://video.example.org/lesson", "https://docs.example.org/plan");
		String shown = session.get(saved.headers().firstValue("Location").orElseThrow()).body();
		assertThat(shown).contains("Line 2 is not a web address").contains("video.example.org/second")
			.contains("aria-invalid=\"true\"");
	}

	@Test
	void textOverTheWordLimitIsFlaggedWhenSaved() {
		String words = "word ".repeat(35);
		HttpResponse<String> saved = session.post(page, page + "/parts/lesson/text", Map.of("text", words),
				Map.of("HX-Request", "true"));

		assertThat(saved.body()).contains("35 words").contains("up to 30");
		assertThat(enrollments.draft(teacher, enrollment).get("lesson").text()).isEqualTo(words);
		assertThat(session.get(page).body()).contains("data-word-max=\"30\"").contains("data-word-min=\"20\"")
			.contains("Between 20 and 30 words");
	}

	@Test
	void aPhotoNeedsThePrivacyConfirmationEvenWhenNotTickedAsStudentWork() {
		assertThat(session.get(page).body()).contains("Before you upload photos");
		HttpResponse<String> photo = session.upload(page, page + "/parts/lesson/files", "board.png", "image/png", Files.png());
		assertThat(photo.statusCode()).isEqualTo(400);
		assertThat(photo.body()).contains("can show students");
		assertThat(enrollments.draft(teacher, enrollment)).doesNotContainKey("lesson");

		session.post(page, page + "/privacy", Map.of("confirmed", "true"));
		assertThat(session.upload(page, page + "/parts/lesson/files", "board.png", "image/png", Files.png()).statusCode())
			.isEqualTo(200);
	}

}
