package org.microcred.district;

import org.microcred.identity.AccountId;

/** One teacher's standing in a district list. */
public record StandingRow(AccountId teacherId, String name, String schoolName, String stateLicenseNumber,
		Standing standing) {
}
