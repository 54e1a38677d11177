package org.microcred.integration;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Awards of achievements assessed outside Microcred, through the API.
 *
 * @param evidence how the recipients were assessed (every credential's evidence says it)
 * @param awards one or many recipients (at most 1,000 per request)
 */
public record AwardsRequest(Evidence evidence, List<Award> awards) {

	/**
	 * @param name the evidence entry's title, e.g. "Assessed at the 2026 summer institute"
	 * @param narrative what was assessed, where and when
	 */
	public record Evidence(String name, String narrative) {
	}

	/**
	 * @param email the recipient's e-mail address (an account is created for an unknown one)
	 * @param name the recipient's name, for a new account (optional)
	 * @param achievementId the micro-credential (its published version is awarded)
	 * @param awardKey your own id of this award, unique per issuer (optional: by default one award per recipient and
	 *        achievement)
	 * @param pdHours the PD hours it carries (optional)
	 * @param narrative this recipient's own evidence narrative (optional; otherwise the request's)
	 */
	public record Award(String email, String name, UUID achievementId, String awardKey, BigDecimal pdHours,
			String narrative) {
	}

}
