package org.microcred.review;

import java.util.Locale;

/** Why a reviewer reviews an attempt: first (or second) scoring, moderation of a disagreement, an appeal. */
public enum ReviewRole {

	PRIMARY, MODERATOR, APPEAL;

	/** The bundle key of the kind of review, e.g. {@code review.role.moderator} (Moderation). */
	public String messageKey() {
		return "review.role." + name().toLowerCase(Locale.ROOT);
	}

	/** The same in the middle of a sentence of the audit trail: Passed (moderation). */
	public String auditKey() {
		return "review.audit.role." + name().toLowerCase(Locale.ROOT);
	}

}
