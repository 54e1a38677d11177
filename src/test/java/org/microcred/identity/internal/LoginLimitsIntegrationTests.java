package org.microcred.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The log-in limits as a school behind one address, and an attacker who forges proxy headers, meet them.
 */
class LoginLimitsIntegrationTests extends IntegrationTest {

	private static final String TEST_CLIENT = "127.0.0.1";

	@Autowired
	LoginThrottle throttle;

	@AfterEach
	void forgetThisClientsFailures() {
		throttle.forget(TEST_CLIENT);
	}

	@Test
	void aCorrectPasswordStillGetsInAfterManyFailuresFromTheSameNetwork() {
		CurrentUser teacher = data.teacher();
		failRepeatedly(LoginThrottle.MAX_FAILURES_PER_ADDRESS, Map.of());

		var session = browserSession();
		var login = session.post("/login", "/login", Map.of("username", teacher.email(), "password", TestData.PASSWORD));
		assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/home");
		assertThat(session.get("/teacher").statusCode()).isEqualTo(200);
	}

	@Test
	void aForgedForwardedForDoesNotEscapeTheLimitOfTheRealAddress() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
			fail(browserSession(), Map.of("X-Forwarded-For", "198.51.100." + i, "Forwarded", "for=198.51.100." + i));
		}
		HttpResponse<String> next = fail(browserSession(), Map.of());
		assertThat(next.headers().firstValue("Location").orElse("")).contains("slowed");
	}

	@Test
	void aForgedForwardedHostNeverReachesARedirect() {
		var visitor = browserSession();
		for (Map<String, String> forged : java.util.List.of(
				Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"),
				Map.of("Forwarded", "host=evil.example;proto=https"))) {
			var page = visitor.get("/teacher", forged);
			assertThat(page.statusCode()).isEqualTo(302);
			assertThat(page.headers().firstValue("Location").orElse("")).doesNotContain("evil.example")
				.doesNotStartWith("https:");
		}
		CurrentUser teacher = data.teacher();
		var login = visitor.post("/login", "/login", Map.of("username", teacher.email(), "password", "wrong password"),
				Map.of("X-Forwarded-Host", "evil.example"));
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("evil.example");
	}

	@Test
	void theLockMessageDoesNotTellWhetherAnAccountExists() {
		CurrentUser teacher = data.teacher();
		String nobody = TestData.uniqueEmail("nobody");
		for (String email : java.util.List.of(teacher.email(), nobody)) {
			var session = browserSession();
			for (int i = 0; i < 5; i++) {
				session.post("/login", "/login", Map.of("username", email, "password", "wrong guess " + i));
			}
			var locked = session.post("/login", "/login", Map.of("username", email, "password", "another guess"));
			assertThat(locked.headers().firstValue("Location").orElse("")).as(email).endsWith("/login?locked");
		}
	}

	private void failRepeatedly(int times, Map<String, String> headers) {
		for (int i = 0; i < times; i++) {
			fail(browserSession(), headers);
		}
	}

	private static HttpResponse<String> fail(WebClientSession session, Map<String, String> headers) {
		HttpResponse<String> answer = session.post("/login", "/login",
				Map.of("username", TestData.uniqueEmail("guess"), "password", "not the password"), headers);
		assertThat(answer.headers().firstValue("Location").orElse("")).contains("/login?error");
		return answer;
	}

}
