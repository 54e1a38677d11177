package org.microcred.identity;

import java.util.UUID;

/**
 * A first sign-in through a district's identity provider created a teacher account (the district allows its
 * e-mail domain), so the district can count the teacher as its member.
 */
public record SingleSignOnAccountCreated(AccountId accountId, UUID districtId) {
}
