package org.microcred.badge;

import java.util.List;

/**
 * What a bulk award did.
 *
 * @param issued the credentials issued now, in the order of the requests
 * @param alreadyIssued the award keys that had been issued before and were skipped
 */
public record AwardResult(List<IssuedCredentialId> issued, List<String> alreadyIssued) {

	public AwardResult {
		issued = List.copyOf(issued);
		alreadyIssued = List.copyOf(alreadyIssued);
	}

}
