package org.microcred.platform.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * A message in the outbox, as the administrator's mail page shows it.
 */
public record OutboxMail(UUID id, String recipient, String subject, String body, String status, int attempts,
		String lastError, Instant createdAt, Instant deliveredAt) {
}
