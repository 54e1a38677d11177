package org.microcred.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

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

	@Test
	void anAddressIsRefusedAfterTooManyFailuresUntilTheWindowPasses() {
		MovableClock clock = new MovableClock();
		LoginThrottle throttle = new LoginThrottle(clock);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("203.0.113.9");
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS - 1; i++) {
			throttle.recordFailure(request);
		}
		assertThat(throttle.isThrottled("203.0.113.9")).isFalse();
		throttle.recordFailure(request);
		assertThat(throttle.isThrottled("203.0.113.9")).isTrue();
		assertThat(throttle.isThrottled("198.51.100.1")).isFalse();

		clock.now = clock.now.plus(Duration.ofMinutes(11));
		assertThat(throttle.isThrottled("203.0.113.9")).isFalse();
	}

}
