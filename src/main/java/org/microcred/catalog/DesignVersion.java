package org.microcred.catalog;

import java.time.Instant;

import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.StackDesign;
import org.microcred.organization.OrganizationId;

/**
 * One version of a credential design. Exactly one of {@code micro} and {@code stack} is set, by {@code kind}.
 *
 * @param lockVersion optimistic-lock counter: a save must name the value it started from
 */
public record DesignVersion(VersionId id, CredentialId credentialId, OrganizationId issuerId, CredentialKind kind,
		int number, VersionStatus status, MicroCredentialDesign micro, StackDesign stack, int lockVersion,
		boolean hasImage, Instant createdAt, Instant updatedAt, Instant publishedAt) {

	public String title() {
		return kind == CredentialKind.MICRO ? micro.title() : stack.title();
	}

	public String summary() {
		return kind == CredentialKind.MICRO ? micro.summary() : stack.summary();
	}

	public boolean isMicro() {
		return kind == CredentialKind.MICRO;
	}

}
