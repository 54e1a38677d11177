package org.microcred.review.internal;

import org.microcred.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes what this module keeps about a person who deleted their account, inside the deletion's transaction. */
@Component
class ReviewAccountDeletedListener {

	private final JdbcClient jdbc;

	ReviewAccountDeletedListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AccountDeleted deleted) {
		jdbc.sql("update appeal set reason = '' where teacher_id = ?").param(deleted.account().value()).update();
	}

}
