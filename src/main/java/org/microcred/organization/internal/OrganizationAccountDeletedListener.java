package org.microcred.organization.internal;

import org.microcred.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes what this module keeps about a person who deleted their account, inside the deletion's transaction. */
@Component
class OrganizationAccountDeletedListener {

	private final JdbcClient jdbc;

	OrganizationAccountDeletedListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AccountDeleted deleted) {
		jdbc.sql("update district_member set state_license_number = null, sourced_id = null, active = false where account_id = ?").param(deleted.account().value()).update();
	}

}
