package org.microcred.integration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API settings.
 *
 * @param tokenValidity how long a bearer token from {@code /oauth2/token} works
 * @param rateBurst requests a client may make at once (the size of its token bucket)
 * @param ratePerSecond requests a client may make per second, sustained (the bucket's refill rate)
 * @param idempotencyRetention how long an {@code Idempotency-Key} and its answer are kept
 */
@ConfigurationProperties("microcred.api")
public record ApiSettings(@DefaultValue("PT15M") Duration tokenValidity, @DefaultValue("120") int rateBurst,
		@DefaultValue("20") double ratePerSecond, @DefaultValue("P1D") Duration idempotencyRetention) {
}
