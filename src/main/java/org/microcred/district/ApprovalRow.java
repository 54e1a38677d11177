package org.microcred.district;

import org.microcred.catalog.DesignVersion;

/** A published credential as a district admin sees it on the approvals page, with the approval if there is one. */
public record ApprovalRow(DesignVersion version, Approval approval) {

	public boolean approved() {
		return approval != null;
	}

}
