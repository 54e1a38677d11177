package org.microcred.identity;

import java.util.UUID;

/**
 * Someone accepted an invitation and now holds the role. {@code schoolId} is set when a district invited a teacher
 * to a school.
 */
public record InvitationAccepted(AccountId accountId, Role role, UUID organizationId, UUID schoolId) {
}
