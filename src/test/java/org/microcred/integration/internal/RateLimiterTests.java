package org.microcred.integration.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each API client has its own bucket: a burst, then a wait said in Retry-After, then requests again. */
class RateLimiterTests {

	private Instant now = Instant.parse("2026-12-03T10:00:00Z");

	private final Clock clock = new Clock() {
		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	};

	@Test
	void aBurstIsAllowedThenTheClientWaitsWhileOthersGoOn() {
		RateLimiter limiter = new RateLimiter(3, 0.5, clock);
		UUID client = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.acquire(client)).isEmpty();
		}
		assertThat(limiter.acquire(client)).hasValue(2);
		assertThat(limiter.acquire(UUID.randomUUID())).as("another client has its own bucket").isEmpty();

		now = now.plus(Duration.ofSeconds(2));
		assertThat(limiter.acquire(client)).isEmpty();
		assertThat(limiter.acquire(client)).isPresent();
	}

}
