package org.microcred.catalog;

import java.util.List;

import org.microcred.organization.Organization;

/** Everything a teacher needs to decide before enrolling. */
public record CatalogDetail(DesignVersion version, Organization issuer, List<DesignVersion> prerequisites,
		List<DesignVersion> stackedInto, List<DesignVersion> components, long earnedCount, boolean approvedByDistrict,
		boolean earned) {
}
