package org.microcred.badge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.microcred.catalog.CredentialId;
import org.microcred.platform.ConflictException;

/**
 * One row of an issuer's issued-badges list: who earned what, when, and where it stands. Only the administrators of
 * the issuer that issued it are shown one (it carries the earner's e-mail address).
 *
 * @param state ACTIVE, SUSPENDED or REVOKED
 * @param stateReason what the teacher was told when it was suspended or revoked
 * @param publicReason what the public badge page says (may be null)
 */
public record IssuedRow(IssuedCredentialId id, String earnerName, String earnerEmail, CredentialId credentialId,
		String credentialTitle, Instant issuedAt, Instant validUntil, String state, String stateReason,
		String publicReason, boolean renewed) {

	/** What can be done to it now, in menu order: the moves {@link BadgeService} accepts from its state. */
	public List<IssuedAction> actions() {
		List<IssuedAction> actions = new ArrayList<>();
		for (IssuedAction action : IssuedAction.values()) {
			if (refusal(action) == null && (action != IssuedAction.RENEW || validUntil != null)) {
				actions.add(action);
			}
		}
		return actions;
	}

	/** Refuses (409, saying why) a move its state does not allow, as {@link BadgeService} would. */
	public void requireAllowed(IssuedAction action) {
		String refusal = refusal(action);
		if (refusal != null) {
			throw new ConflictException(refusal);
		}
	}

	private String refusal(IssuedAction action) {
		return switch (action) {
			case SUSPEND -> "ACTIVE".equals(state) ? null : "badge.state.suspend-active-only";
			case REINSTATE -> "SUSPENDED".equals(state) ? null : "badge.state.reinstate-suspended-only";
			case REVOKE -> "REVOKED".equals(state) ? "badge.state.already-revoked" : null;
			case RENEW -> "REVOKED".equals(state) ? "badge.state.renew-revoked"
					: renewed ? "badge.state.already-renewed" : null;
		};
	}

	public boolean expired() {
		return validUntil != null && validUntil.isBefore(Instant.now());
	}

	/** Revoked, Suspended, Expired or Valid, as a bundle key ({@code badge.standing.valid}...). */
	public String standingKey() {
		String standing = "REVOKED".equals(state) || "SUSPENDED".equals(state) ? state.toLowerCase(Locale.ROOT)
				: expired() ? "expired" : "valid";
		return "badge.standing." + standing;
	}

	public boolean valid() {
		return "badge.standing.valid".equals(standingKey());
	}

}
