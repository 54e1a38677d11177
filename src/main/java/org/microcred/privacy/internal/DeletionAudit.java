package org.microcred.privacy.internal;

import org.microcred.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records that an account was deleted, under its id only (a pseudonym once the name and address are gone). */
@Component
class DeletionAudit {

	private final JdbcClient jdbc;

	DeletionAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AccountDeleted deleted) {
		jdbc.sql("insert into privacy_audit (actor_id, action) values (?, 'ACCOUNT_DELETED')")
			.param(deleted.account().value()).update();
		jdbc.sql("delete from retention_notice where teacher_id = ?").param(deleted.account().value()).update();
	}

}
