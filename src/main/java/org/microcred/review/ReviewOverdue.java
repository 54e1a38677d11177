package org.microcred.review;

import java.time.Instant;

import org.microcred.learning.AttemptId;
import org.microcred.organization.OrganizationId;

/** An attempt passed its turnaround target without a decision: the issuer's administrators are told. */
public record ReviewOverdue(OrganizationId issuerId, AttemptId attemptId, String credentialTitle, Instant dueAt) {
}
