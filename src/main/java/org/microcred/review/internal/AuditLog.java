package org.microcred.review.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.microcred.identity.AccountId;
import org.microcred.platform.Msg;
import org.microcred.platform.StoredMessages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The immutable audit trail of assessment (the table refuses updates and deletes). Details are stored as messages, so
 * the trail reads in the language of whoever opens it; entries written before that show their English text.
 */
@Repository
public class AuditLog {

	private final JdbcClient jdbc;

	public AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Entry(Instant at, UUID attemptId, String action, AccountId actor, Msg detail) {
	}

	/** @param detail what happened, for people, or null */
	public void record(UUID issuer, UUID attempt, String action, AccountId actor, Msg detail) {
		jdbc.sql("insert into review_audit (issuer_id, attempt_id, action, actor_id, detail) values (?, ?, ?, ?, ?)")
			.params(issuer, attempt, action, actor == null ? null : actor.value(), StoredMessages.encode(detail, 20_000))
			.update();
	}

	public List<Entry> ofIssuer(UUID issuer, UUID attempt, int limit, long offset) {
		return jdbc.sql("select * from review_audit where issuer_id = ? and (?::uuid is null or attempt_id = ?) "
				+ "order by at desc, id desc limit ? offset ?")
			.params(issuer, attempt, attempt, limit, offset)
			.query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getObject("attempt_id", UUID.class),
					rs.getString("action"), rs.getObject("actor_id", UUID.class) == null ? null
							: new AccountId(rs.getObject("actor_id", UUID.class)),
					StoredMessages.decode(rs.getString("detail"))))
			.list();
	}

	public long count(UUID issuer, UUID attempt) {
		return jdbc.sql("select count(*) from review_audit where issuer_id = ? and (?::uuid is null or attempt_id = ?)")
			.params(issuer, attempt, attempt)
			.query(Long.class)
			.single();
	}

}
