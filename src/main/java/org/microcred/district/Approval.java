package org.microcred.district;

import java.math.BigDecimal;
import java.time.Instant;

import org.microcred.catalog.CredentialId;

/**
 * A credential a district counts.
 *
 * @param pdHours PD hours the district credits, or null to credit the credential's own workload
 * @param ceus continuing education units, or null for one per ten PD hours
 * @param countsForSalary whether it counts toward salary steps or stipends
 */
public record Approval(CredentialId credentialId, BigDecimal pdHours, BigDecimal ceus, boolean countsForSalary,
		String note, Instant approvedAt) {
}
