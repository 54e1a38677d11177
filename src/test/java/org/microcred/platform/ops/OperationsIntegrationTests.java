package org.microcred.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.BadgeService;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.review.ReviewSettings;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

/** What an operator watches: domain metrics for Prometheus, shown only to operators, and the health probes. */
class OperationsIntegrationTests extends IntegrationTest {

	@Autowired
	BadgeService badges;

	@Test
	void strangersAndTeachersCannotReadTheMetrics() {
		var anonymous = browserSession().get("/actuator/prometheus", "text/plain");
		assertThat(anonymous.statusCode()).isNotEqualTo(200);
		assertThat(anonymous.body()).doesNotContain("microcred_");

		var teacher = browserSession().logIn(data.teacher().email(), TestData.PASSWORD);
		var asTeacher = teacher.get("/actuator/prometheus", "text/plain");
		assertThat(asTeacher.statusCode()).isEqualTo(403);
		assertThat(asTeacher.body()).doesNotContain("microcred_");

		var wrongToken = browserSession().get("/actuator/prometheus", Map.of("Authorization", "Bearer guess"));
		assertThat(wrongToken.statusCode()).isNotEqualTo(200);
	}

	@Test
	void anAdministratorSeesTheDomainFiguresMoveWithWhatHappens() {
		WebClientSession admin = browserSession().logIn(data.platformAdmin().email(), TestData.PASSWORD);
		String before = metrics(admin);
		for (String name : new String[] { "microcred_review_waiting", "microcred_review_overdue",
				"microcred_mail_outbox_pending", "microcred_mail_outbox_failed", "microcred_roster_imports_running",
				"microcred_credentials_issued_total", "microcred_verifications_total", "jvm_memory_used_bytes",
				"http_server_requests_seconds_count" }) {
			assertThat(before).as(name).contains(name);
		}
		double issued = value(before, "microcred_credentials_issued_total");
		double waiting = value(before, "microcred_review_waiting");

		var setup = reviews.credentialWithReviewers(1,
				new ReviewSettings(true, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		CurrentUser teacher = data.teacher();
		Instant now = Instant.now();
		badges.issueFor(new EnrollmentPassed(new EnrollmentId(UUID.randomUUID()), new AttemptId(UUID.randomUUID()),
				teacher.id(), setup.credential(), setup.published().version(), 1, false, now, now));
		reviews.submit(setup.credential(), data.teacher());

		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			String after = metrics(admin);
			assertThat(value(after, "microcred_credentials_issued_total")).isEqualTo(issued + 1);
			assertThat(value(after, "microcred_review_waiting")).isGreaterThan(waiting);
		});
	}

	@Test
	void livenessAndReadinessAnswerWithoutSigningIn() {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			var answer = browserSession().get(probe, "application/json");
			assertThat(answer.statusCode()).as(probe).isEqualTo(200);
			assertThat(answer.body()).as(probe).contains("\"UP\"");
		}
	}

	private static String metrics(WebClientSession admin) {
		var answer = admin.get("/actuator/prometheus", "text/plain");
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	private static double value(String exposition, String name) {
		Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(exposition);
		assertThat(m.find()).as(name + " in the exposition").isTrue();
		return Double.parseDouble(m.group(2));
	}

}
