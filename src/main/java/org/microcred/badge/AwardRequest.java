package org.microcred.badge;

import java.math.BigDecimal;

import org.microcred.identity.AccountId;

/**
 * One credential to award in a bulk award ({@link BadgeService#issueAll}).
 *
 * @param awardKey the caller's own key for this award (a row number of its import, an id in its system), unique
 *        per issuer: an award whose key was issued before is skipped, so repeating a batch issues nothing new
 * @param teacher who receives the credential
 * @param pdHours the PD hours it carries ({@code creditsEarned}), or null
 * @param evidenceName the evidence entry's title, saying how the competency was assessed
 * @param evidenceNarrative what was assessed, where and when
 */
public record AwardRequest(String awardKey, AccountId teacher, BigDecimal pdHours, String evidenceName,
		String evidenceNarrative) {
}
