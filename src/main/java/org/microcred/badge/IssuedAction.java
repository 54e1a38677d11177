package org.microcred.badge;

import java.util.Locale;
import java.util.Optional;

/** What an issuer administrator may do to an issued credential, each asked for with a confirmation first. */
public enum IssuedAction {

	SUSPEND(true), REINSTATE(false), RENEW(false), REVOKE(true);

	private final boolean needsReason;

	IssuedAction(boolean needsReason) {
		this.needsReason = needsReason;
	}

	/** Suspending and revoking tell the teacher why (required) and may say something on the public page. */
	public boolean needsReason() {
		return needsReason;
	}

	/** The action's name in URLs and forms: {@code revoke}, {@code suspend}... */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<IssuedAction> of(String slug) {
		for (IssuedAction action : values()) {
			if (action.slug().equals(slug)) {
				return Optional.of(action);
			}
		}
		return Optional.empty();
	}

}
