package org.microcred.notification;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;

/** Kinds of notices; preferences are set per kind. Each kind is sent to people in some roles only. */
public enum NoticeKind {

	DECISION(Role.TEACHER), BADGE(Role.TEACHER), REVIEW_WAITING(Role.REVIEWER), ESCALATION(Role.ISSUER_ADMIN),
	APPEAL(Role.TEACHER), REVIEWER_STATUS(Role.REVIEWER), QUALITY_REVIEW(Role.ISSUER_ADMIN, Role.QUALITY_REVIEWER), RETENTION(Role.TEACHER);

	private final Set<Role> audience;

	NoticeKind(Role first, Role... others) {
		this.audience = EnumSet.of(first, others);
	}

	/** The bundle key of the kind's name, e.g. {@code notification.kind.review-waiting}. */
	public String messageKey() {
		return "notification.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Whether notices of this kind can reach the person, given the roles they hold. */
	public boolean appliesTo(CurrentUser user) {
		return user.grants().stream().map(RoleGrant::role).anyMatch(audience::contains);
	}

}
