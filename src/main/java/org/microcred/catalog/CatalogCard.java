package org.microcred.catalog;

import java.math.BigDecimal;
import java.util.List;

/** A credential as a catalog list shows it. */
public record CatalogCard(CredentialId credentialId, VersionId versionId, CredentialKind kind, String title,
		String summary, String issuerName, BigDecimal workloadHours, boolean free, String costLabel,
		List<String> gradeBands, List<String> skills, String language, boolean approvedByDistrict, LearnerStatus status) {

	/** Whether the viewer holds a valid credential for it. */
	public boolean earned() {
		return status == LearnerStatus.EARNED;
	}
}
