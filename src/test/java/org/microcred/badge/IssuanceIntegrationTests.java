package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.verify.StepStatus;
import org.microcred.badge.vc.verify.VerificationReport;
import org.microcred.badge.vc.Standards;
import org.microcred.catalog.CatalogService;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.Feedback;
import org.microcred.learning.LearningService;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

class IssuanceIntegrationTests extends IntegrationTest {

	@Autowired
	BadgeService badges;

	@Autowired
	VerificationService verification;

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	LearningService learning;

	@Autowired
	CatalogService catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.microcred.catalog.CredentialDesignService designs;

	/** A teacher passes a published credential; returns the event that passing published. */
	EnrollmentPassed pass(Published credential, CurrentUser teacher) {
		EnrollmentId enrollment = enrollments.enroll(teacher, credential.credential(), false);
		enrollments.saveText(teacher, enrollment, "plan", "Plan");
		enrollments.saveText(teacher, enrollment, "reflection", "Reflection");
		AttemptId attempt = enrollments.submit(teacher, enrollment, UUID.randomUUID());
		learning.decide(attempt, true, new Feedback("Well done", List.of()));
		var view = learning.enrollment(enrollment);
		return new EnrollmentPassed(enrollment, attempt, teacher.id(), credential.credential(), credential.version(), 1,
				false, view.enrolledAt(), view.passedAt());
	}

	IssuedCredential awaitIssued(CurrentUser teacher, int count) {
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> badges.ofTeacher(teacher.id()).size() >= count);
		return badges.ofTeacher(teacher.id()).get(0);
	}

	@Test
	void passingIssuesOneSignedCredentialThatVerifiesAndMatchesTheSchema() throws Exception {
		Published credential = credentials.publish("Issued");
		CurrentUser teacher = data.teacher();
		EnrollmentPassed passed = pass(credential, teacher);
		IssuedCredential issued = awaitIssued(teacher, 1);

		VerificationReport report = verification.verify(issued);
		assertThat(report.verified()).as(report.toString()).isTrue();
		assertThat(report.status("proof")).isEqualTo(StepStatus.PASSED);
		assertThat(report.status("status")).isEqualTo(StepStatus.PASSED);
		assertThat(verification.verify(issued.signed().getBytes(), teacher.email().toUpperCase()).status("recipient"))
			.isEqualTo(StepStatus.PASSED);
		assertThat(verification.verify(issued.signed().getBytes(), "someone.else@example.org").status("recipient"))
			.isEqualTo(StepStatus.FAILED);
		assertThat(schema().validate(issued.signed(), InputFormat.JSON)).isEmpty();
		assertThat(issued.signed()).contains(catalog.requireVersion(credential.version()).title())
			.contains("\"creditsEarned\":15").contains("BitstringStatusListEntry").contains("eddsa-rdfc-2022");

		// a redelivered event, twice at once, issues nothing more
		var pool = Executors.newFixedThreadPool(2);
		Callable<IssuedCredential> again = () -> badges.issueFor(passed);
		pool.invokeAll(List.of(again, again)).forEach(f -> {
			try {
				assertThat(f.get().id()).isEqualTo(issued.id());
			}
			catch (Exception ex) {
				throw new AssertionError(ex);
			}
		});
		pool.shutdown();
		assertThat(jdbc.sql("select count(*) from issued_credential where teacher_id = ?").param(teacher.id().value())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void changingAnyFieldBreaksTheSignature() {
		Published credential = credentials.publish("Tamper");
		CurrentUser teacher = data.teacher();
		pass(credential, teacher);
		IssuedCredential issued = awaitIssued(teacher, 1);
		for (String[] change : new String[][] { { "\"creditsEarned\":15", "\"creditsEarned\":150" },
				{ "Issuer ", "Issuer  " }, { "\"validFrom\":\"20", "\"validFrom\":\"19" },
				{ "\"achievementType\":\"MicroCredential\"", "\"achievementType\":\"Diploma\"" } }) {
			String tampered = issued.signed().replaceFirst(java.util.regex.Pattern.quote(change[0]), change[1]);
			assertThat(tampered).isNotEqualTo(issued.signed());
			assertThat(verification.verify(tampered.getBytes(), null).status("proof")).as(change[0]).isEqualTo(StepStatus.FAILED);
		}
	}

	@Test
	void revokedSuspendedAndExpiredCredentialsReportWhy() {
		Published credential = credentials.publish("Revocable");
		CurrentUser teacher = data.teacher();
		pass(credential, teacher);
		IssuedCredential issued = awaitIssued(teacher, 1);
		CurrentUser admin = credential.admin();

		assertThatThrownBy(() -> badges.revoke(data.teacher(), issued.id(), "no")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> badges.revoke(admin, issued.id(), " ")).isInstanceOf(InvalidInputException.class);
		badges.suspend(admin, issued.id(), "Under review");
		assertThat(verification.verify(badges.get(issued.id())).status("status")).isEqualTo(StepStatus.FAILED);
		badges.reinstate(admin, issued.id());
		assertThat(verification.verify(badges.get(issued.id())).verified()).isTrue();
		badges.revoke(admin, issued.id(), "Evidence was not the teacher's own work.");
		VerificationReport revoked = verification.verify(badges.get(issued.id()));
		assertThat(revoked.verified()).isFalse();
		assertThat(revoked.step("status").orElseThrow().message()).containsIgnoringCase("revoked");
		assertThatThrownBy(() -> badges.reinstate(admin, issued.id())).isInstanceOf(ConflictException.class);

		jdbc.sql("update issued_credential set valid_until = ? where id = ?")
			.params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)), issued.id().value()).update();
		assertThat(badges.get(issued.id()).standing()).isEqualTo("Revoked");
	}

	@Test
	void rotatingTheKeyKeepsOldCredentialsVerifying() {
		Published credential = credentials.publish("Rotation");
		CurrentUser first = data.teacher();
		pass(credential, first);
		IssuedCredential before = awaitIssued(first, 1);
		badges.rotateKey(credential.admin(), credential.issuer());
		CurrentUser second = data.teacher();
		pass(credential, second);
		IssuedCredential after = awaitIssued(second, 1);

		assertThat(after.signed()).contains("#key-2");
		assertThat(before.signed()).contains("#key-1");
		assertThat(verification.verify(before).verified()).isTrue();
		assertThat(verification.verify(after).verified()).isTrue();
	}

	@Test
	void anExpiredCredentialReportsExpired() {
		var design = org.microcred.support.DesignFixtures.complete("Expiring " + UUID.randomUUID().toString().substring(0, 6));
		design = new org.microcred.catalog.design.MicroCredentialDesign(design.title(), design.summary(),
				design.competencyStatement(), design.keyMethod(), design.methodComponents(), design.researchRationale(),
				design.references(), design.resources(), design.learningOutcomes(), design.skills(), design.alignments(),
				design.levels(), design.evidenceParts(), design.passingRule(), design.workloadHours(), null, null, null,
				null, design.assessmentType(), design.participation(), design.qualityAssurance(),
				design.admissionRequirements(), List.of(), design.gradeBands(), design.subjects(), "en", design.cost(),
				1, null, 14, null, null);
		Published credential = credentials.publish(design);
		CurrentUser teacher = data.teacher();
		Instant twoMonthsAgo = Instant.now().minus(Duration.ofDays(62));
		IssuedCredential issued = badges.issueFor(new EnrollmentPassed(new EnrollmentId(UUID.randomUUID()),
				new AttemptId(UUID.randomUUID()), teacher.id(), credential.credential(), credential.version(), 1, false,
				twoMonthsAgo, twoMonthsAgo));
		VerificationReport report = verification.verify(issued);
		assertThat(issued.standing()).isEqualTo("Expired");
		assertThat(report.verified()).isFalse();
		assertThat(report.status("validity")).isEqualTo(StepStatus.FAILED);
		assertThat(report.step("validity").orElseThrow().message()).containsIgnoringCase("expired");
		IssuedCredential renewal = badges.renew(credential.admin(), issued.id());
		assertThat(verification.verify(renewal).verified()).isTrue();
		assertThatThrownBy(() -> badges.renew(credential.admin(), issued.id())).isInstanceOf(ConflictException.class);
	}

	@Test
	void completingAStackIssuesTheStackCredential() {
		Published first = credentials.publish("Stack part one");
		Published second = credentials.publish(first.issuer(), first.admin(), first.quality(),
				org.microcred.support.DesignFixtures.complete("Stack part two " + UUID.randomUUID().toString().substring(0, 6)));
		var stack = designs.createStack(first.admin(), first.issuer(), "Pathway " + UUID.randomUUID().toString().substring(0, 6));
		designs.saveStack(first.admin(), stack, new org.microcred.catalog.design.StackDesign("Pathway", "Both parts.",
				"Two micro-credentials.", List.of("Both"), List.of(first.credential().value(), second.credential().value()),
				java.util.Set.of(), 2, "Quality assured.", null, List.of(), "en"), catalog.requireVersion(stack).lockVersion());
		designs.submitForReview(first.admin(), stack, catalog.requireVersion(stack).lockVersion());
		designs.approve(first.quality(), stack, null, true);
		CurrentUser teacher = data.teacher();

		pass(first, teacher);
		awaitIssued(teacher, 1);
		assertThat(badges.ofTeacher(teacher.id())).noneMatch(IssuedCredential::stack);
		pass(second, teacher);
		Awaitility.await().atMost(Duration.ofSeconds(15))
			.until(() -> badges.ofTeacher(teacher.id()).stream().anyMatch(IssuedCredential::stack));
		IssuedCredential pathway = badges.ofTeacher(teacher.id()).stream().filter(IssuedCredential::stack).findFirst().orElseThrow();
		assertThat(verification.verify(pathway).verified()).isTrue();
		assertThat(pathway.signed()).contains("\"achievementType\":\"Certificate\"").contains("Component credential");
		assertThat(badges.ofTeacher(teacher.id())).filteredOn(IssuedCredential::stack).hasSize(1);
	}

	private static Schema schema() throws Exception {
		try (InputStream in = Files.newInputStream(Standards.path("schema/ob_v3p0_achievementcredential_schema.json"))) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in, InputFormat.JSON);
		}
	}

}
