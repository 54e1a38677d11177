package org.microcred.badge.vc.proof;

/**
 * What eddsa-rdfc-2022 signs: the canonical proof configuration and document, and the 64 bytes
 * SHA-256(proof configuration) || SHA-256(document).
 */
public record SigningInput(String canonicalProofConfig, String canonicalDocument, byte[] hashData) {
}
