package org.microcred.organization;

import org.microcred.identity.AccountId;

/** A teacher of a district as the district administrator sees them (never their evidence). */
public record DistrictMember(AccountId accountId, String displayName, String email, SchoolId schoolId,
		String schoolName, String stateLicenseNumber, String sourcedId, boolean active) {
}
