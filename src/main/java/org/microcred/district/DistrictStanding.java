package org.microcred.district;

import org.microcred.organization.OrganizationId;

/** A teacher's standing in one of their districts, as the teacher sees it. */
public record DistrictStanding(OrganizationId districtId, String districtName, String stateLicenseNumber,
		boolean policySet, Standing standing) {
}
