package org.microcred.notification;

/** How a person wants one kind of notice. */
public record Preference(NoticeKind kind, boolean email, boolean inApp) {
}
