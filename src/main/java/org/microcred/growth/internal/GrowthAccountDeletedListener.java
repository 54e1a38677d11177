package org.microcred.growth.internal;

import org.microcred.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes what this module keeps about a person who deleted their account, inside the deletion's transaction. */
@Component
class GrowthAccountDeletedListener {

	private final JdbcClient jdbc;

	GrowthAccountDeletedListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AccountDeleted deleted) {
		jdbc.sql("delete from growth_profile where teacher_id = ?").param(deleted.account().value()).update();
		jdbc.sql("delete from growth_rating where teacher_id = ?").param(deleted.account().value()).update();
		jdbc.sql("delete from growth_dismissal where teacher_id = ?").param(deleted.account().value()).update();
	}

}
