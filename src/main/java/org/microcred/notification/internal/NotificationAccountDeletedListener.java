package org.microcred.notification.internal;

import org.microcred.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes what this module keeps about a person who deleted their account, inside the deletion's transaction. */
@Component
class NotificationAccountDeletedListener {

	private final JdbcClient jdbc;

	NotificationAccountDeletedListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AccountDeleted deleted) {
		jdbc.sql("delete from notice where account_id = ?").param(deleted.account().value()).update();
		jdbc.sql("delete from notification_preference where account_id = ?").param(deleted.account().value()).update();
	}

}
