package org.microcred.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.microcred.support.Credentials.Published;
import org.microcred.support.Files;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;

class EnrollmentAndEvidenceIntegrationTests extends IntegrationTest {

	@Autowired
	MessageSource messages;

	/** The message (an exception's, a checklist item's) as a person reading English sees it. */
	String english(Object message) {
		return messages.getMessage((MessageSourceResolvable) message, Locale.ENGLISH);
	}

	/** The exception's message, in English, says each of these. */
	ThrowingConsumer<Throwable> saysInEnglish(String... texts) {
		return ex -> assertThat(english(ex)).contains(texts);
	}

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	EvidenceFiles files;

	@Autowired
	LearningService learning;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LearningSettings settings;

	EvidenceFile upload(CurrentUser teacher, EnrollmentId id, String part, String name, byte[] bytes) {
		enrollments.acknowledgePrivacy(teacher, id);
		return files.upload(teacher, id, part, name, bytes.length, new ByteArrayInputStream(bytes), false);
	}

	@Test
	void prerequisitesAreCheckedAndTheReasonIsShown() {
		Published basics = credentials.publish("Basics");
		Published advanced = credentials.publishRequiring("Advanced", List.of(basics.credential().value()));
		CurrentUser teacher = data.teacher();

		Eligibility eligibility = enrollments.eligibility(teacher, advanced.credential());
		assertThat(eligibility.eligible()).isFalse();
		assertThat(eligibility.reasons()).singleElement().extracting(this::english).asString().contains("Earn").contains("Basics")
			.contains("prerequisite");
		assertThatThrownBy(() -> enrollments.enroll(teacher, advanced.credential(), false))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("prerequisite"));

		EnrollmentId first = enrollments.enroll(teacher, basics.credential(), false);
		enrollments.saveText(teacher, first, "plan", "My plan");
		enrollments.saveText(teacher, first, "reflection", "My reflection");
		AttemptId attempt = enrollments.submit(teacher, first, UUID.randomUUID());
		learning.decide(attempt, true, new Feedback("Well done.", List.of()));

		assertThat(enrollments.eligibility(teacher, advanced.credential()).eligible()).isTrue();
	}

	@Test
	void oneActiveEnrollmentPerCredentialWithdrawAndReEnroll() {
		Published credential = credentials.publish("Once");
		CurrentUser teacher = data.teacher();
		EnrollmentId first = enrollments.enroll(teacher, credential.credential(), false);
		assertThatThrownBy(() -> enrollments.enroll(teacher, credential.credential(), false))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("already enrolled"));

		enrollments.withdraw(teacher, first);
		EnrollmentId second = enrollments.enroll(teacher, credential.credential(), false);
		assertThat(second).isNotEqualTo(first);
		assertThat(enrollments.mine(teacher, second).versionId()).isEqualTo(credential.version());
	}

	@Test
	void aSubmissionNeedsEveryRequiredPartAndADoubleSubmitCreatesOneAttempt() throws Exception {
		Published credential = credentials.publish("Submit");
		CurrentUser teacher = data.teacher();
		EnrollmentId id = enrollments.enroll(teacher, credential.credential(), false);
		enrollments.saveText(teacher, id, "plan", "A plan with embedded checks.");

		assertThatThrownBy(() -> enrollments.submit(teacher, id, UUID.randomUUID()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("“Reflection” is required and has no evidence yet."));
		assertThat(enrollments.attempts(teacher, id)).isEmpty();

		enrollments.saveText(teacher, id, "reflection", "What I learned.");
		UUID token = UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Object> twice = () -> {
				try {
					return enrollments.submit(teacher, id, token);
				}
				catch (ConflictException | org.springframework.dao.DataAccessException ex) {
					return ex;
				}
			};
			List<Future<Object>> results = pool.invokeAll(List.of(twice, twice));
			long created = results.stream().filter(f -> {
				try {
					return f.get() instanceof AttemptId;
				}
				catch (Exception ex) {
					return false;
				}
			}).count();
			assertThat(created).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThatThrownBy(() -> enrollments.submit(teacher, id, UUID.randomUUID())).isInstanceOf(ConflictException.class);
		assertThat(enrollments.attempts(teacher, id)).hasSize(1);
	}

	@Test
	void aSubmittedAttemptIsASnapshotAndResubmissionCarriesOverWhatWasNotRevised() {
		Published credential = credentials.publish("Snapshot");
		CurrentUser teacher = data.teacher();
		EnrollmentId id = enrollments.enroll(teacher, credential.credential(), false);
		enrollments.saveText(teacher, id, "plan", "Plan v1");
		enrollments.saveText(teacher, id, "reflection", "Reflection v1");
		EvidenceFile pdf = upload(teacher, id, "plan", "plan.pdf", Files.pdf());
		AttemptId first = enrollments.submit(teacher, id, UUID.randomUUID());

		assertThatThrownBy(() -> enrollments.saveText(teacher, id, "plan", "sneaky edit")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> files.remove(teacher, id, pdf.id())).isInstanceOf(ConflictException.class);

		learning.markInReview(first);
		learning.decide(first, false, new Feedback("Revise the reflection.", List.of()));
		enrollments.saveText(teacher, id, "reflection", "Reflection v2");
		AttemptId second = enrollments.submit(teacher, id, UUID.randomUUID());

		assertThat(learning.submission(first).part("reflection").text()).isEqualTo("Reflection v1");
		assertThat(learning.submission(second).part("reflection").text()).isEqualTo("Reflection v2");
		assertThat(learning.submission(second).part("plan").text()).isEqualTo("Plan v1");
		assertThat(learning.submission(second).part("plan").files()).extracting(EvidenceFile::id).containsExactly(pdf.id());
		assertThat(learning.attempt(second).number()).isEqualTo(2);
		assertThatThrownBy(() -> learning.decide(first, true, new Feedback("again", List.of())))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void badUploadsAreRefusedWithAClearMessageAndLeaveNothingBehind() throws IOException {
		Published credential = credentials.publish("Uploads");
		CurrentUser teacher = data.teacher();
		EnrollmentId id = enrollments.enroll(teacher, credential.credential(), false);
		long objectsBefore = storedObjects();

		assertThatThrownBy(() -> upload(teacher, id, "plan", "lesson.pdf", Files.executable()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("Programs cannot be uploaded"));
		assertThatThrownBy(() -> upload(teacher, id, "plan", "empty.pdf", new byte[0]))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("empty"));
		assertThatThrownBy(() -> upload(teacher, id, "plan", "lesson.docx", Files.zipBomb(300)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("decompression bomb"));
		byte[] tooLarge = new byte[(int) settings.maxFileSize().toBytes() + 1];
		System.arraycopy(Files.pdf(), 0, tooLarge, 0, Files.pdf().length);
		assertThatThrownBy(() -> files.upload(teacher, id, "plan", "big.pdf", -1, new ByteArrayInputStream(tooLarge), false))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("at most"));
		assertThatThrownBy(() -> upload(teacher, id, "reflection", "notes.pdf", Files.pdf()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("does not take files"));
		assertThatThrownBy(() -> files.upload(teacher, id, "plan", "work.pdf", 10, new ByteArrayInputStream(Files.pdf()), true))
			.isInstanceOf(InvalidInputException.class);

		assertThat(storedObjects()).isEqualTo(objectsBefore);
		assertThat(enrollments.draft(teacher, id)).doesNotContainKey("plan");

		EvidenceFile traversal = upload(teacher, id, "plan", "../../../etc/passwd.pdf", Files.pdf());
		assertThat(traversal.fileName()).isEqualTo("passwd.pdf");
		assertThat(traversal.mediaType()).isEqualTo("application/pdf");
		assertThat(traversal.sha256()).hasSize(64);
		assertThat(storedObjects()).isEqualTo(objectsBefore + 1);
	}

	@Test
	void aTeacherCannotExceedTheirStorageQuota() {
		CurrentUser teacher = data.teacher();
		Published credential = credentials.publish("Quota");
		EnrollmentId id = enrollments.enroll(teacher, credential.credential(), false);
		// two files of 45% of the quota fit; a third does not
		byte[] large = new byte[(int) (settings.quotaPerTeacher().toBytes() * 45 / 100)];
		System.arraycopy(Files.pdf(), 0, large, 0, Files.pdf().length);
		upload(teacher, id, "plan", "one.pdf", large);
		upload(teacher, id, "plan", "two.pdf", large);

		assertThatThrownBy(() -> upload(teacher, id, "plan", "three.pdf", large))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("storage is full"));
		assertThatThrownBy(() -> files.upload(teacher, id, "plan", "undeclared.pdf", -1, new ByteArrayInputStream(large), false))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("remaining evidence storage"));
		assertThat(enrollments.draft(teacher, id).get("plan").files()).hasSize(2);
	}

	@Test
	void teacherBCannotReachTeacherAsEnrollmentAttemptOrFiles() {
		Published credential = credentials.publish("Private");
		CurrentUser teacherA = data.teacher();
		CurrentUser teacherB = data.teacher();
		EnrollmentId id = enrollments.enroll(teacherA, credential.credential(), false);
		EvidenceFile draftFile = upload(teacherA, id, "plan", "plan.pdf", Files.pdf());
		enrollments.saveText(teacherA, id, "reflection", "Reflection");
		AttemptId attempt = enrollments.submit(teacherA, id, UUID.randomUUID());

		assertThatThrownBy(() -> files.open(teacherB, draftFile.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> enrollments.mine(teacherB, id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> enrollments.attemptEvidence(teacherB, attempt)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> enrollments.draft(teacherB, id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> files.upload(teacherB, id, "plan", "x.pdf", 10, new ByteArrayInputStream(Files.pdf()), false))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> files.remove(teacherB, id, draftFile.id())).isInstanceOf(NotFoundException.class);
		assertThat(files.open(teacherA, draftFile.id()).file().fileName()).isEqualTo("plan.pdf");
	}

	private long storedObjects() throws IOException {
		Path objects = Path.of("target", "test-data", "evidence", "objects");
		if (!java.nio.file.Files.exists(objects)) {
			return 0;
		}
		try (var walk = java.nio.file.Files.walk(objects)) {
			return walk.filter(java.nio.file.Files::isRegularFile).count();
		}
	}

}
