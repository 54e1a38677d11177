package org.microcred.integration;

/**
 * @param reason what the recipient is told (required)
 * @param publicReason what the public badge page says (optional)
 */
public record RevokeRequest(String reason, String publicReason) {
}
