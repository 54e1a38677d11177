package org.microcred.integration;

import java.util.List;
import java.util.UUID;

/**
 * What an award request did.
 *
 * @param issued how many credentials were issued now
 * @param alreadyIssued how many awards had been issued before (by their award key) and were skipped
 * @param awards each award's credential, in the order of the request
 */
public record AwardsResponse(int issued, int alreadyIssued, List<Item> awards) {

	/** One award: its credential, issued now or before. */
	public record Item(String email, UUID achievementId, String awardKey, UUID credentialId, boolean issuedNow) {
	}

}
