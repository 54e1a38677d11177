package org.microcred.catalog;

import java.util.List;

import org.microcred.platform.Msg;

/**
 * Whether submissions to a micro-credential could be reviewed if it were published now, answered by the module
 * that reviews them (the catalog does not know reviewer pools): quality reviewers see the gaps before approving,
 * and publishing despite them takes an explicit confirmation.
 */
public interface AssessmentReadiness {

	/** What stands in the way of reviewing the credential's submissions (no active reviewer…), empty when nothing. */
	List<Msg> gaps(CredentialId credential);

}
