package org.microcred.organization.roster;

/** A checked row as stored between the dry run and the apply step. */
record StagedRow(String file, Integer row, String kind, String action, String sourcedId, String name,
		String givenName, String familyName, String email, String schoolRef, String license, boolean active,
		String detail) {
}
