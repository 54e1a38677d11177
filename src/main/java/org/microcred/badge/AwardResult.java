package org.microcred.badge;

import java.util.List;

/**
 * What a bulk award did.
 *
 * @param issued the credentials issued now, in the order of the requests
 * @param alreadyIssued the award keys that had been issued before and were skipped
 * @param credentials the credential of each request, in their order: issued now or, for a repeated award key, the
 *        one issued before (so a retried batch learns the same ids)
 */
public record AwardResult(List<IssuedCredentialId> issued, List<String> alreadyIssued,
		List<IssuedCredentialId> credentials) {

	public AwardResult {
		issued = List.copyOf(issued);
		alreadyIssued = List.copyOf(alreadyIssued);
		credentials = List.copyOf(credentials);
	}

}
