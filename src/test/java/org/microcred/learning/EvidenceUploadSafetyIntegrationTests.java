package org.microcred.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.support.Files;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Uploads through the real endpoint, as a hostile or careless client sends them: odd file names, active content
 * dressed as images, names that lie about the content, archives that lie about their sizes.
 */
class EvidenceUploadSafetyIntegrationTests extends IntegrationTest {

	@Autowired
	EnrollmentService enrollments;

	CurrentUser teacher;

	EnrollmentId enrollment;

	WebClientSession session;

	String page;

	@BeforeEach
	void enrolled() {
		teacher = data.teacher();
		enrollment = enrollments.enroll(teacher, credentials.publish("Uploads").credential(), false);
		enrollments.acknowledgePrivacy(teacher, enrollment);
		session = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		page = "/learn/" + enrollment.value();
	}

	HttpResponse<String> upload(String name, String type, byte[] content) {
		return session.upload(page, page + "/parts/plan/files", name, type, content);
	}

	List<String> storedNames() {
		PartEvidence plan = enrollments.draft(teacher, enrollment).get("plan");
		return plan == null || plan.files() == null ? List.of() : plan.files().stream().map(EvidenceFile::fileName).toList();
	}

	static void assertRefused(HttpResponse<String> answer, String reason) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(answer.body()).contains(reason).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void aFileNameWithANulByteIsRefusedWithTheReason() {
		assertRefused(upload("plan\u0000.pdf", "application/pdf", Files.pdf()), "file name contains a character");
		assertThat(storedNames()).isEmpty();
	}

	@Test
	void aLongFileNameIsShortenedAndAnAbsurdlyLongOneRefusedForItsLengthNotItsSize() {
		String longName = "lesson plan " + "with a very long description ".repeat(30) + ".pdf";
		assertThat(upload(longName, "application/pdf", Files.pdf()).statusCode()).isEqualTo(200);
		String wide = "計画".repeat(300) + ".pdf";
		assertThat(upload(wide, "application/pdf", Files.pdf()).statusCode()).isEqualTo(200);
		assertThat(storedNames()).hasSize(2).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(200).endsWith(".pdf"));

		HttpResponse<String> absurd = upload("a".repeat(20_000) + ".pdf", "application/pdf", Files.pdf());
		assertRefused(absurd, "file name is too long");
		assertThat(absurd.body()).doesNotContain("too large");
		assertThat(storedNames()).hasSize(2);
	}

	@Test
	void webPagesAndScriptedSvgsAreRefusedWhateverTheyAreCalled() {
		assertRefused(upload("photo.png", "image/png", Files.html()), "Web pages");
		assertRefused(upload("notes.txt", "text/plain", Files.html()), "Web pages");
		assertRefused(upload("chart.svg", "image/svg+xml", Files.svg("<script>alert(1)</script>")), "script");
		assertRefused(upload("chart.svg", "image/svg+xml", Files.svg("<rect width=\"10\" height=\"10\" onload=\"alert(1)\"/>")),
				"script");
		assertRefused(upload("chart.svg", "image/svg+xml",
				Files.svg("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject>")), "script");
		assertRefused(upload("chart.svg", "image/svg+xml", Files.svg("<image href=\"https://evil.example/x.png\"/>")),
				"outside the file");
		assertRefused(upload("chart.svg", "image/svg+xml", Files.svg("<a xlink:href=\"javascript:alert(1)\"><text>x</text></a>")),
				"script");
		assertRefused(upload("chart.svg", "image/svg+xml", ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]>"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>").getBytes(StandardCharsets.UTF_8)), "script");
		assertThat(storedNames()).isEmpty();

		// an inert SVG (a badge image, say) is fine
		assertThat(upload("badge.svg", "image/svg+xml", Files.svg("<rect width=\"10\" height=\"10\" fill=\"#36c\"/>"
				+ "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/><use href=\"#r\"/>")).statusCode()).isEqualTo(200);
		assertThat(storedNames()).containsExactly("badge.svg");
	}

	@Test
	void imagesThatAreAlsoScriptsOrCarryMarkupAreRefused() {
		assertRefused(upload("animation.gif", "image/gif", Files.gifScriptPolyglot()), "script");
		assertRefused(upload("photo.png", "image/png", Files.pngWithScript()), "script");
		assertThat(storedNames()).isEmpty();

		assertThat(upload("animation.gif", "image/gif", Files.gif()).statusCode()).isEqualTo(200);
		assertThat(upload("photo.png", "image/png", Files.png()).statusCode()).isEqualTo(200);
		assertThat(storedNames()).containsExactly("animation.gif", "photo.png");
	}

	@Test
	void theNameMustSayWhatTheFileIs() {
		HttpResponse<String> renamed = upload("photo.jpg", "image/jpeg", Files.png());
		assertRefused(renamed, "photo.jpg");
		assertThat(renamed.body()).contains("PNG");
		assertRefused(upload("essay.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				Files.pdf()), "PDF");
		assertThat(storedNames()).isEmpty();

		// a more precise name for what the bytes can only call text is fine, and so is no extension at all
		assertThat(upload("scores.csv", "text/csv", "name,score\nAda,4\n".getBytes(StandardCharsets.UTF_8)).statusCode())
			.isEqualTo(200);
		assertThat(upload("lesson plan", "application/octet-stream", Files.pdf()).statusCode()).isEqualTo(200);
		assertThat(storedNames()).containsExactly("scores.csv", "lesson plan");
	}

	@Test
	void anArchiveIsMeasuredByWhatItInflatesNotByWhatItDeclares() {
		assertRefused(upload("lesson.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				Files.lyingZipBomb(300)), "decompression bomb");
		assertThat(storedNames()).isEmpty();
	}

}
