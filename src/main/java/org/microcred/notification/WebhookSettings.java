package org.microcred.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery settings.
 *
 * @param allowedHosts host names the platform administrator allows even though they resolve to a loopback, private
 *        or link-local address (an intranet system), and which may then also use plain http
 * @param pollInterval how often due deliveries are looked for
 * @param firstRetry the wait after the first failure; it doubles after each further failure
 * @param maxBackoff the longest wait between two attempts
 * @param retryFor how long a delivery is retried before it is given up (failed)
 * @param timeout how long a receiver may take to answer
 */
@ConfigurationProperties("microcred.webhooks")
public record WebhookSettings(@DefaultValue List<String> allowedHosts, @DefaultValue("PT5S") Duration pollInterval,
		@DefaultValue("PT30S") Duration firstRetry, @DefaultValue("PT2H") Duration maxBackoff,
		@DefaultValue("PT24H") Duration retryFor, @DefaultValue("PT10S") Duration timeout) {
}
