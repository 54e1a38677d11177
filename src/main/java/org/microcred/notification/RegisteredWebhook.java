package org.microcred.notification;

import java.util.UUID;

/** A new webhook endpoint and its signing secret (shown once, in the Standard Webhooks form {@code whsec_…}). */
public record RegisteredWebhook(UUID endpointId, String secret) implements java.io.Serializable {
}
