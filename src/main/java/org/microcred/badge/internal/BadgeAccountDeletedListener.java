package org.microcred.badge.internal;

import org.microcred.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes what this module keeps about a person who deleted their account, inside the deletion's transaction. */
@Component
class BadgeAccountDeletedListener {

	private final JdbcClient jdbc;

	BadgeAccountDeletedListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AccountDeleted deleted) {
		jdbc.sql("insert into badge_profile (teacher_id, name_display, portfolio_slug, portfolio_public) values (?, 'HIDDEN', null, false) on conflict (teacher_id) do update set name_display = 'HIDDEN', portfolio_slug = null, portfolio_public = false").param(deleted.account().value()).update();
	}

}
