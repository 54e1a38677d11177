package org.microcred.notification;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A registered webhook endpoint (never its secret). */
public record WebhookEndpointView(UUID id, UUID organizationId, String url, Set<WebhookEventType> events,
		Instant createdAt, boolean active) {

	public WebhookEndpointView {
		events = Set.copyOf(events);
	}

}
