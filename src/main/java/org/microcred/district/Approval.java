package org.microcred.district;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.microcred.catalog.CredentialId;

/**
 * A credential a district counts.
 *
 * @param pdHours PD hours the district credits, or null to credit the credential's own workload
 * @param ceus continuing education units, or null for one per ten PD hours
 * @param countsForSalary whether it counts toward salary steps or stipends
 * @param coversCost whether the district pays the credential's cost for its teachers
 */
public record Approval(CredentialId credentialId, BigDecimal pdHours, BigDecimal ceus, boolean countsForSalary,
		String note, Instant approvedAt, boolean coversCost) {

	/** The CEUs credited for a credential worth {@code hours}: the approval's own, else one per ten hours. */
	public static BigDecimal ceusFor(BigDecimal hours, BigDecimal approvedCeus) {
		return approvedCeus != null ? approvedCeus : hours.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
	}

}
