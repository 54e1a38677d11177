package org.microcred.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;

class LoginThrottleTests {

	static class MovableClock extends Clock {

		Instant now = Instant.parse("2026-01-01T00:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	final MovableClock clock = new MovableClock();

	final List<Duration> pauses = new ArrayList<>();

	final LoginThrottle throttle = new LoginThrottle(new LoginLocks(null, null) {
		@Override
		boolean isLocked(String email) {
			return "locked@example.org".equals(email);
		}
	}, clock, pauses::add);

	@Test
	void anAddressIsSlowedAfterTooManyFailuresUntilTheWindowPasses() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS - 1; i++) {
			assertThat(throttle.recordFailure(login("203.0.113.9", "someone@example.org"))).isFalse();
		}
		assertThat(throttle.isSlowed("203.0.113.9")).isFalse();
		assertThat(throttle.recordFailure(login("203.0.113.9", "someone@example.org"))).isTrue();
		assertThat(throttle.isSlowed("203.0.113.9")).isTrue();
		assertThat(throttle.isSlowed("198.51.100.1")).isFalse();

		clock.now = clock.now.plus(Duration.ofMinutes(11));
		assertThat(throttle.isSlowed("203.0.113.9")).isFalse();
	}

	@Test
	void aSlowedAddressStillLetsEveryAttemptThroughAndPausesOnlyAfterAFailure() throws Exception {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
			throttle.recordFailure(login("203.0.113.9", "someone@example.org"));
		}
		List<String> reached = new ArrayList<>();

		MockHttpServletResponse right = new MockHttpServletResponse();
		throttle.doFilter(login("203.0.113.9", "teacher@example.org"), right,
				(request, response) -> reached.add("right password"));
		assertThat(pauses).isEmpty();

		MockHttpServletRequest wrongRequest = login("203.0.113.9", "teacher@example.org");
		FilterChain wrongPassword = (request, response) -> {
			reached.add("wrong password");
			throttle.recordFailure(wrongRequest);
		};
		throttle.doFilter(wrongRequest, new MockHttpServletResponse(), wrongPassword);

		assertThat(reached).containsExactly("right password", "wrong password");
		assertThat(right.getRedirectedUrl()).isNull();
		assertThat(pauses).containsExactly(LoginThrottle.PACE);
	}

	@Test
	void aLockedAddressIsAnsweredLockedBeforeAnyPasswordIsChecked() throws Exception {
		List<String> reached = new ArrayList<>();
		MockHttpServletResponse response = new MockHttpServletResponse();
		throttle.doFilter(login("192.0.2.1", "locked@example.org"), response, (req, res) -> reached.add("checked"));
		assertThat(reached).isEmpty();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?locked");
	}

	private static MockHttpServletRequest login(String address, String email) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setServletPath("/login");
		request.setRemoteAddr(address);
		request.setParameter("username", email);
		return request;
	}

}
