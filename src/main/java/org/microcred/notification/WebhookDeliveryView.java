package org.microcred.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One event sent (or to be sent) to one endpoint: the delivery log's row.
 *
 * @param status PENDING (being retried), DELIVERED or FAILED (given up)
 * @param lastStatus the receiver's last HTTP status, or null when it could not be reached
 * @param lastError why the last attempt failed (e.g. "Connection refused", "HTTP 503"), or null
 */
public record WebhookDeliveryView(UUID id, UUID endpointId, String url, String messageId, String eventType,
		String status, int attempts, Integer lastStatus, String lastError, Instant createdAt, Instant nextAttemptAt,
		Instant deliveredAt) {

	/** The last answer as the delivery log shows it: the HTTP status, else why there was none, else a dash. */
	public String lastAnswer() {
		if (lastStatus != null) {
			return lastStatus.toString();
		}
		return lastError != null ? lastError : "—";
	}

}
