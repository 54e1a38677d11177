package org.microcred.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One event sent (or to be sent) to one endpoint: the delivery log's row.
 *
 * @param status PENDING (being retried), DELIVERED or FAILED (given up)
 * @param lastStatus the receiver's last HTTP status, or null when it could not be reached
 */
public record WebhookDeliveryView(UUID id, UUID endpointId, String url, String messageId, String eventType,
		String status, int attempts, Integer lastStatus, String lastError, Instant createdAt, Instant nextAttemptAt,
		Instant deliveredAt) {
}
