package org.microcred.identity;

import java.time.Instant;
import java.util.UUID;

/** An invitation as its inviter and its recipient see it. */
public record InvitationView(UUID id, String email, Role role, UUID organizationId, UUID schoolId,
		String organizationName, Instant createdAt, Instant expiresAt, Instant acceptedAt, Instant revokedAt) {

	public String status() {
		if (acceptedAt != null) {
			return "Accepted";
		}
		if (revokedAt != null) {
			return "Withdrawn";
		}
		return expiresAt.isBefore(Instant.now()) ? "Expired" : "Pending";
	}

	public boolean open() {
		return "Pending".equals(status());
	}

}
