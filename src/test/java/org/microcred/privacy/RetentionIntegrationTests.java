package org.microcred.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.microcred.badge.VerificationService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.learning.internal.EvidenceStorage;
import org.microcred.notification.NotificationService;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.PageRequest;
import org.microcred.privacy.internal.RetentionJob;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention job, run at chosen instants: the teacher is told before, nothing goes before the date, then the
 * evidence files and their records go while the decision and the credential stay, and the credential verifies.
 */
@Import(PrivacyFixture.class)
class RetentionIntegrationTests extends IntegrationTest {

	@Autowired
	PrivacyFixture fixture;

	@Autowired
	RetentionPolicies policies;

	@Autowired
	RetentionJob job;

	@Autowired
	NotificationService notifications;

	@Autowired
	EvidenceStorage storage;

	@Autowired
	VerificationService verification;

	@Autowired
	JdbcClient jdbc;

	@Test
	void evidenceGoesAfterTheShorterPeriodWithNoticeAndTheCredentialStillVerifies() throws Exception {
		Published published = credentials.publish("Retained");
		OrganizationId district = data.district();
		CurrentUser teacher = data.teacherIn(district);
		PrivacyFixture.Earned earned = fixture.earn(published, teacher);
		String key = jdbc.sql("select storage_key from evidence_file where id = ?").param(earned.file().id())
			.query(String.class).single();
		policies.set(published.admin(), published.issuer(), 24);
		policies.set(data.admin(Role.DISTRICT_ADMIN, district), district, 6);
		Instant decided = Instant.now();

		job.runAt(months(decided, 4));
		assertThat(notices(teacher)).doesNotContain("will be deleted");

		Instant noticeDay = months(decided, 6).minus(java.time.Duration.ofDays(20));
		job.runAt(noticeDay);
		assertThat(notices(teacher)).contains("will be deleted on");
		assertThat(TestMail.awaitMessagesTo(teacher.email(), 1)).isNotEmpty();

		// the notice gives 30 days, even though the six months end ten days earlier
		job.runAt(months(decided, 6).plus(java.time.Duration.ofDays(5)));
		assertThat(fileRows(earned)).isOne();
		try (var in = storage.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(earned.bytes());
		}

		RetentionJob.Outcome outcome = job.runAt(noticeDay.plus(java.time.Duration.ofDays(31)));
		assertThat(outcome.filesDeleted()).isGreaterThanOrEqualTo(1);
		assertThat(fileRows(earned)).isZero();
		assertThatThrownBy(() -> storage.open(key).close()).isInstanceOf(IOException.class);
		assertThat(jdbc.sql("select status from attempt where enrollment_id = ?").param(earned.enrollment().value())
			.query(String.class).single()).isEqualTo("PASSED");
		assertThat(verification.verify(earned.credential()).verified()).isTrue();
		assertThat(jdbc.sql("select count(*) from privacy_audit where action = 'EVIDENCE_DELETED' and actor_id = ?")
			.param(teacher.id().value()).query(Long.class).single()).isOne();
	}

	@Test
	void aPeriodOutOfRangeIsRefusedAndOnlyTheOrganizationsAdminMaySetIt() {
		Published published = credentials.publish("Retention form");
		assertThatThrownBy(() -> policies.set(published.admin(), published.issuer(), 0))
			.isInstanceOf(InvalidInputException.class);
		assertThat(policies.months(published.issuer())).isEmpty();
		CurrentUser stranger = data.admin(Role.ISSUER_ADMIN, data.issuer());
		assertThatThrownBy(() -> policies.set(stranger, published.issuer(), 12))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(policies.months(published.issuer())).isEmpty();
	}

	private long fileRows(PrivacyFixture.Earned earned) {
		return jdbc.sql("select count(*) from evidence_file where id = ?").param(earned.file().id())
			.query(Long.class).single();
	}

	private String notices(CurrentUser teacher) {
		return notifications.notices(teacher, PageRequest.of(0, 50)).items().toString();
	}

	private static Instant months(Instant from, int months) {
		return from.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
	}

}
