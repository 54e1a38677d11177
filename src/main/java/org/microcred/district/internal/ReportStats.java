package org.microcred.district.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report aggregates of each district ({@code district_*_stat}), rebuilt from the read model and the
 * organization module's roster view. A fact written for a teacher marks their districts dirty; {@link #rebuild}
 * replaces a district's aggregates in one transaction, so readers see the old figures or the new, never a mix.
 */
@Repository
public class ReportStats {

	private static final String ROSTER = """
			join district_roster r on r.account_id = e.teacher_id and r.district_id = :d and r.active""";

	private final JdbcClient jdbc;

	private final TransactionTemplate separate;

	ReportStats(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Marks the districts of a teacher as needing a rebuild (in the transaction that wrote the fact). */
	public void touch(UUID teacher) {
		jdbc.sql("""
				insert into district_stat_state (district_id, dirty)
				select distinct district_id, true from district_roster where account_id = ?
				on conflict (district_id) do update set dirty = true where not district_stat_state.dirty""")
			.param(teacher)
			.update();
	}

	/** Districts to rebuild: dirty ones, and any not rebuilt since {@code staleBefore} (roster changes). */
	public List<UUID> due(Instant staleBefore) {
		return jdbc.sql("""
				select district_id from district_stat_state
				where dirty or refreshed_at is null or refreshed_at < ? order by refreshed_at nulls first""")
			.param(java.sql.Timestamp.from(staleBefore))
			.query(UUID.class)
			.list();
	}

	/** When the district's aggregates were last rebuilt, if ever. */
	public Optional<Instant> refreshedAt(UUID district) {
		return jdbc.sql("select refreshed_at from district_stat_state where district_id = ? and refreshed_at is not null")
			.param(district)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/**
	 * Rebuilds the figures in a transaction of their own and returns when they were rebuilt: for a report, which
	 * reads in a read-only transaction (on a replica when one is configured) that cannot write them.
	 */
	public Instant rebuildSeparately(UUID district) {
		return separate.execute(status -> {
			rebuild(district);
			return jdbc.sql("select refreshed_at from district_stat_state where district_id = ?").param(district)
				.query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
		});
	}

	/**
	 * Rebuilds the figures if they are still due once this instance holds the district's lock: with several
	 * instances, the others' refreshers find the same dirty district, and only the first needs to rebuild it.
	 * @return whether it rebuilt them
	 */
	@Transactional
	public boolean rebuildIfDue(UUID district, Instant staleBefore) {
		lock(district);
		boolean due = jdbc.sql("select dirty or refreshed_at is null or refreshed_at < ? "
				+ "from district_stat_state where district_id = ?")
			.params(java.sql.Timestamp.from(staleBefore), district).query(Boolean.class).optional().orElse(true);
		if (due) {
			rebuild(district);
		}
		return due;
	}

	private void lock(UUID district) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("district-stats:" + district).query(Object.class).single();
	}

	@Transactional
	public void rebuild(UUID district) {
		// one rebuild per district at a time, across instances; a second caller waits and then rebuilds again
		lock(district);
		jdbc.sql("update district_stat_state set dirty = false where district_id = ?").param(district).update();
		for (String table : List.of("district_day_stat", "district_duration_stat", "district_adoption_stat")) {
			jdbc.sql("delete from " + table + " where district_id = ?").param(district).update();
		}
		jdbc.sql("""
				insert into district_day_stat (district_id, school_id, school_name, credential_id, day, enrolled,
				  enrolled_submitted, enrolled_passed, submitted, passed, passed_by_attempt, passed_first)
				select :d, school_id, school_name, credential_id, day, sum(a), sum(b), sum(c), sum(s), sum(p), sum(pa), sum(pf)
				from (
				  select r.school_id, coalesce(r.school_name, '(no school)') as school_name, e.credential_id,
				         (e.enrolled_at at time zone 'UTC')::date as day, 1 as a, (e.first_submitted_at is not null)::int as b,
				         (e.passed_at is not null)::int as c, 0 as s, 0 as p, 0 as pa, 0 as pf
				  from district_enrollment_fact e %1$s where e.enrolled_at is not null
				  union all
				  select r.school_id, coalesce(r.school_name, '(no school)'), e.credential_id,
				         (e.first_submitted_at at time zone 'UTC')::date, 0, 0, 0, 1, 0, 0, 0
				  from district_enrollment_fact e %1$s where e.first_submitted_at is not null
				  union all
				  select r.school_id, coalesce(r.school_name, '(no school)'), e.credential_id,
				         (e.passed_at at time zone 'UTC')::date, 0, 0, 0, 0, 1, (not e.rpl)::int,
				         (not e.rpl and e.attempts_to_pass = 1)::int
				  from district_enrollment_fact e %1$s where e.passed_at is not null
				) x group by school_id, school_name, credential_id, day""".formatted(ROSTER))
			.param("d", district)
			.update();
		jdbc.sql("""
				insert into district_duration_stat (district_id, school_id, day, days, n)
				select :d, r.school_id, (e.passed_at at time zone 'UTC')::date,
				       floor(extract(epoch from e.passed_at - e.enrolled_at) / 86400)::int, count(*)
				from district_enrollment_fact e %s
				where e.passed_at is not null and e.enrolled_at is not null group by 2, 3, 4""".formatted(ROSTER))
			.param("d", district)
			.update();
		jdbc.sql("""
				insert into district_adoption_stat (district_id, school_id, school_name, first_day, teachers)
				select :d, r.school_id, coalesce(r.school_name, '(no school)'), (f.first at time zone 'UTC')::date, count(*)
				from district_roster r
				left join (select c.teacher_id, min(c.issued_at) as first from district_credential_fact c
				           where c.revoked_at is null group by c.teacher_id) f on f.teacher_id = r.account_id
				where r.district_id = :d and r.active group by 2, 3, 4""")
			.param("d", district)
			.update();
		jdbc.sql("""
				insert into district_stat_state (district_id, dirty, refreshed_at) values (?, false, now())
				on conflict (district_id) do update set refreshed_at = now()""")
			.param(district)
			.update();
	}

}
