package org.microcred.organization;

/** A school of a district. */
public record School(SchoolId id, OrganizationId districtId, String name, String sourcedId, boolean active) {
}
