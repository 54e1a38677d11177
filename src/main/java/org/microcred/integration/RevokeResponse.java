package org.microcred.integration;

import java.util.UUID;

/** A revoked credential. */
public record RevokeResponse(UUID credentialId, String state) {
}
