package org.microcred.district.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the district read model. Events arrive at least once and in any order, so every write is an upsert that
 * only moves facts forward (a repeated or late event never erases what a newer one recorded).
 */
@Repository
public class FactStore {

	private final JdbcClient jdbc;

	FactStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void enrolled(UUID enrollment, UUID teacher, UUID credential, boolean rpl, Instant at) {
		jdbc.sql("""
				insert into district_enrollment_fact (enrollment_id, teacher_id, credential_id, rpl, enrolled_at)
				values (?, ?, ?, ?, ?)
				on conflict (enrollment_id) do update set enrolled_at = coalesce(district_enrollment_fact.enrolled_at,
				  excluded.enrolled_at), rpl = excluded.rpl""")
			.params(enrollment, teacher, credential, rpl, ts(at))
			.update();
	}

	public void submitted(UUID enrollment, UUID teacher, UUID credential, boolean rpl, int attemptNumber, Instant at) {
		jdbc.sql("""
				insert into district_enrollment_fact (enrollment_id, teacher_id, credential_id, rpl, first_submitted_at,
				                                      submissions)
				values (?, ?, ?, ?, ?, ?)
				on conflict (enrollment_id) do update set
				  first_submitted_at = least(district_enrollment_fact.first_submitted_at, excluded.first_submitted_at),
				  submissions = greatest(district_enrollment_fact.submissions, excluded.submissions)""")
			.params(enrollment, teacher, credential, rpl, ts(at), attemptNumber)
			.update();
	}

	public void passed(UUID enrollment, UUID teacher, UUID credential, boolean rpl, int attempts, Instant enrolledAt,
			Instant at) {
		jdbc.sql("""
				insert into district_enrollment_fact (enrollment_id, teacher_id, credential_id, rpl, enrolled_at,
				                                      passed_at, attempts_to_pass, submissions)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (enrollment_id) do update set
				  enrolled_at = coalesce(district_enrollment_fact.enrolled_at, excluded.enrolled_at),
				  passed_at = excluded.passed_at, attempts_to_pass = excluded.attempts_to_pass,
				  submissions = greatest(district_enrollment_fact.submissions, excluded.submissions)""")
			.params(enrollment, teacher, credential, rpl, ts(enrolledAt), ts(at), attempts, attempts)
			.update();
	}

	public void withdrawn(UUID enrollment, UUID teacher, UUID credential, Instant at) {
		jdbc.sql("""
				insert into district_enrollment_fact (enrollment_id, teacher_id, credential_id, withdrawn_at)
				values (?, ?, ?, ?)
				on conflict (enrollment_id) do update set withdrawn_at = excluded.withdrawn_at""")
			.params(enrollment, teacher, credential, ts(at))
			.update();
	}

	public void issued(UUID issued, UUID teacher, UUID credential, boolean stack, BigDecimal hours, Instant at,
			String url) {
		jdbc.sql("""
				insert into district_credential_fact (issued_id, teacher_id, credential_id, stack, pd_hours, issued_at,
				                                      public_url)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (issued_id) do nothing""")
			.params(issued, teacher, credential, stack, hours, ts(at), url)
			.update();
	}

	public void revoked(UUID issued, Instant at) {
		jdbc.sql("update district_credential_fact set revoked_at = coalesce(revoked_at, ?) where issued_id = ?")
			.params(ts(at), issued)
			.update();
	}

	public void reinstated(UUID issued) {
		jdbc.sql("update district_credential_fact set revoked_at = null where issued_id = ?").param(issued).update();
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

}
