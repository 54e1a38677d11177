package org.microcred.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.review.AssessmentService;
import org.microcred.review.ReviewSettings;
import org.microcred.support.Files;
import org.microcred.support.IntegrationTest;
import org.microcred.support.ReviewFixture;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Captions for a video: a WebVTT file is attached through the learn page's form and served as text/vtt to the
 * teacher and the video's reviewer; anything that is not WebVTT is refused with the reason; no one else gets them.
 */
class EvidenceCaptionsIntegrationTests extends IntegrationTest {

	static final String VTT = "WEBVTT\n\n00:00.000 --> 00:04.000\nBuenos días, clase.\n";

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	EvidenceFiles files;

	@Autowired
	EvidenceCaptions captions;

	@Autowired
	AssessmentService assessment;

	ReviewFixture.Setup setup;

	CurrentUser teacher;

	EnrollmentId enrollment;

	EvidenceFile video;

	WebClientSession session;

	String page;

	@BeforeEach
	void aVideoInTheDraft() {
		setup = reviews.credentialWithReviewers(1, new ReviewSettings(false, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		teacher = data.teacher();
		enrollment = enrollments.enroll(teacher, setup.credential(), false);
		enrollments.acknowledgePrivacy(teacher, enrollment);
		video = upload("lesson.mp4", mp4());
		session = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		page = "/learn/" + enrollment.value();
	}

	@Test
	void aWebVttFileAccompaniesTheVideoAndIsServedAsTextVtt() {
		HttpResponse<String> added = attach(video, "clase.vtt", VTT, "es");
		assertThat(added.statusCode()).isEqualTo(302);
		String learn = session.get(page).body();
		assertThat(learn).contains("Captions clase.vtt added.");
		assertThat(learn).containsPattern("<track kind=\"captions\"\\s+src=\"/evidence/files/" + video.id()
				+ "/captions\"\\s+srclang=\"es\"\\s+label=\"Español\"\\s+default");

		HttpResponse<String> served = session.get("/evidence/files/" + video.id() + "/captions", "text/vtt");
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/vtt");
		assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(served.body()).isEqualTo(VTT);
	}

	@Test
	void whatIsNotWebVttIsRefusedWithTheReasonAndNothingIsKept() {
		assertRefused(attach(video, "notes.txt", "Hello class", "en"), "That is not a WebVTT caption file");
		assertRefused(attach(video, "clase.vtt", "1\n00:00:00,000 --> 00:00:04,000\nHello\n", "en"),
				"That is not a WebVTT caption file");
		assertRefused(attach(video, "clase.vtt", "WEBVTTX\n", "en"), "That is not a WebVTT caption file");
		assertRefused(attach(video, "huge.vtt", "WEBVTT\n\n" + "x".repeat(600 * 1024), "en"),
				"That caption file is too large: up to 512 KB.");
		EvidenceFile pdf = upload("plan.pdf", Files.pdf());
		assertRefused(attach(pdf, "clase.vtt", VTT, "en"), "Captions can only accompany a video file.");
		assertThat(captions.of(video.id())).isEmpty();
		assertThat(captions.of(pdf.id())).isEmpty();
	}

	@Test
	void theVideosReviewerGetsTheCaptionsAndNoOneElseDoes() {
		attach(video, "clase.vtt", VTT, "es");
		String url = "/evidence/files/" + video.id() + "/captions";
		CurrentUser stranger = data.teacher();
		WebClientSession strangers = browserSession().logIn(stranger.email(), TestData.PASSWORD);
		assertThat(strangers.get(url, "text/vtt").statusCode()).isEqualTo(404);
		assertThat(strangers.get(url, "text/vtt").body()).doesNotContain("Buenos");
		assertThat(browserSession().get(url, "text/vtt").statusCode()).as("anonymous").isNotEqualTo(200);
		// another teacher cannot put captions on someone else's video
		HttpResponse<String> foreign = strangers.postMultipart("/teacher", page + "/files/" + video.id() + "/captions",
				Map.of("language", "en"), "evil.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\nEvil\n".getBytes(StandardCharsets.UTF_8));
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(session.get(url, "text/vtt").body()).isEqualTo(VTT);

		CurrentUser reviewer = setup.reviewers().get(0);
		WebClientSession reviewers = browserSession().logIn(reviewer.email(), TestData.PASSWORD);
		assertThat(reviewers.get(url, "text/vtt").statusCode()).as("before the video is submitted").isEqualTo(404);
		enrollments.saveText(teacher, enrollment, "plan", "My plan.");
		enrollments.saveText(teacher, enrollment, "reflection", "My reflection.");
		enrollments.submit(teacher, enrollment, UUID.randomUUID());
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> assessment.claimNext(reviewer, null).isPresent());
		HttpResponse<String> reviewed = reviewers.get(url, "text/vtt");
		assertThat(reviewed.statusCode()).isEqualTo(200);
		assertThat(reviewed.body()).contains("Buenos días, clase.");
		// once submitted, the captions can no longer change
		assertThat(attach(video, "other.vtt", VTT, "en").statusCode()).isEqualTo(302);
		assertThat(session.get(page).body()).doesNotContain("Captions other.vtt added.");
		assertThat(captions.of(video.id()).orElseThrow().fileName()).isEqualTo("clase.vtt");
	}

	private HttpResponse<String> attach(EvidenceFile file, String name, String content, String language) {
		return session.postMultipart(page, page + "/files/" + file.id() + "/captions",
				Map.of("language", language, "part", "plan"), name, content.getBytes(StandardCharsets.UTF_8));
	}

	private void assertRefused(HttpResponse<String> answer, String reason) {
		assertThat(answer.statusCode()).isEqualTo(302);
		String after = session.get(page).body();
		assertThat(after).contains(reason).doesNotContain("Exception");
	}

	private EvidenceFile upload(String name, byte[] bytes) {
		return files.upload(teacher, enrollment, "plan", name, bytes.length, new ByteArrayInputStream(bytes), false);
	}

	/** An MP4 container (an ftyp box and some media data): enough to be recognised as video. */
	static byte[] mp4() {
		ByteBuffer buffer = ByteBuffer.allocate(24 + 4096);
		buffer.putInt(24).put("ftypisom".getBytes()).putInt(0x200).put("isommp41".getBytes());
		buffer.putInt(4096).put("mdat".getBytes());
		return buffer.array();
	}

}
