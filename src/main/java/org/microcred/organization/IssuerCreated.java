package org.microcred.organization;

/** A new issuer exists; it will need a signing key. */
public record IssuerCreated(OrganizationId issuerId, String name) {
}
