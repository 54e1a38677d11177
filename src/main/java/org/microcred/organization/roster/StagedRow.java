package org.microcred.organization.roster;

import org.microcred.platform.Msg;

/** A checked row as stored between the dry run and the apply step; {@code detail} says what changes, for people. */
record StagedRow(String file, Integer row, String kind, String action, String sourcedId, String name,
		String givenName, String familyName, String email, String schoolRef, String license, boolean active,
		Msg detail) {
}
