package org.microcred.catalog;

import org.microcred.organization.OrganizationId;

/** A version passed quality review and is now the one teachers enroll in. */
public record CredentialPublished(CredentialId credentialId, VersionId versionId, OrganizationId issuerId,
		CredentialKind kind, int number) {
}
