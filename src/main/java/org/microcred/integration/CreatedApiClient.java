package org.microcred.integration;

import java.util.UUID;

/** A new API client with its secret: the only time the secret is shown (it is stored as a hash). */
public record CreatedApiClient(UUID clientId, String clientSecret) implements java.io.Serializable {
}
