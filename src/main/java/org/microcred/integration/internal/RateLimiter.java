package org.microcred.integration.internal;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.microcred.integration.ApiSettings;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API client, in memory: each client may make {@code rateBurst} requests at once and
 * {@code ratePerSecond} sustained. With several instances behind a load balancer each keeps its own buckets, so a
 * client gets up to that many times the rate: acceptable for protecting an instance, not for billing.
 */
@Component
public class RateLimiter {

	private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

	private final double capacity;

	private final double perSecond;

	private final Clock clock;

	@org.springframework.beans.factory.annotation.Autowired
	RateLimiter(ApiSettings settings) {
		this(settings.rateBurst(), settings.ratePerSecond(), Clock.systemUTC());
	}

	RateLimiter(double capacity, double perSecond, Clock clock) {
		this.capacity = capacity;
		this.perSecond = perSecond;
		this.clock = clock;
	}

	/** Takes one request from the client's bucket; empty when allowed, else the seconds to wait (Retry-After). */
	public OptionalLong acquire(UUID client) {
		long now = clock.millis();
		Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
		synchronized (bucket) {
			bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) / 1000.0 * perSecond);
			bucket.updated = now;
			if (bucket.tokens >= 1) {
				bucket.tokens -= 1;
				return OptionalLong.empty();
			}
			return OptionalLong.of((long) Math.ceil((1 - bucket.tokens) / perSecond));
		}
	}

	private static final class Bucket {

		private double tokens;

		private long updated;

		Bucket(double tokens, long updated) {
			this.tokens = tokens;
			this.updated = updated;
		}

	}

}
