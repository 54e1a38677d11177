package org.microcred.catalog;

/** A credential was retired: no new enrollments; what was earned stays valid. */
public record CredentialRetired(CredentialId credentialId, VersionId versionId) {
}
