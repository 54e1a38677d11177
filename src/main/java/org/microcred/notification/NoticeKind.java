package org.microcred.notification;

/** Kinds of notices; preferences are set per kind. */
public enum NoticeKind {

	DECISION("Decisions on my submissions"), BADGE("My badges"), REVIEW_WAITING("Work waiting in my review queue"),
	ESCALATION("Overdue reviews and escalations"), APPEAL("Appeals"), REVIEWER_STATUS("My standing as a reviewer");

	private final String label;

	NoticeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
