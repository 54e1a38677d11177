package org.microcred.district.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.microcred.catalog.CatalogPersonalization;
import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;
import org.springframework.stereotype.Component;

/**
 * Tells the catalog which credentials a teacher's district approved ("approved by your district") and which it
 * pays for ("paid by your district").
 */
@Component
class DistrictCatalogPersonalization implements CatalogPersonalization {

	private final ApprovalStore approvals;

	DistrictCatalogPersonalization(ApprovalStore approvals) {
		this.approvals = approvals;
	}

	@Override
	public Set<CredentialId> approvedFor(AccountId viewer) {
		return approvals.approvedFor(viewer.value()).stream().map(CredentialId::new).collect(Collectors.toSet());
	}

	@Override
	public Set<CredentialId> paidFor(AccountId viewer) {
		return approvals.paidFor(viewer.value()).stream().map(CredentialId::new).collect(Collectors.toSet());
	}

}
