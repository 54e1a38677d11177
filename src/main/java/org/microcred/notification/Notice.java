package org.microcred.notification;

import java.time.Instant;
import java.util.UUID;

/** An in-app notice. */
public record Notice(UUID id, NoticeKind kind, String title, String body, String link, Instant createdAt,
		Instant readAt) {
}
