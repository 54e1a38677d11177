package org.microcred.notification;

import java.util.Locale;

/** Kinds of notices; preferences are set per kind. */
public enum NoticeKind {

	DECISION, BADGE, REVIEW_WAITING, ESCALATION, APPEAL, REVIEWER_STATUS, QUALITY_REVIEW;

	/** The bundle key of the kind's name, e.g. {@code notification.kind.review-waiting}. */
	public String messageKey() {
		return "notification.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
