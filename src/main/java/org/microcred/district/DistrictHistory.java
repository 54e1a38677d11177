package org.microcred.district;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.microcred.district.internal.ReportStats;
import org.microcred.identity.AccountId;
import org.microcred.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo support: spreads the district read model's facts over a past period, so that a freshly seeded demo
 * district has monthly trends, times to credential and renewal cycles to show. Only the read model moves; the
 * enrollments, reviews and signed badges keep the dates on which the demo created them.
 */
@Service
public class DistrictHistory {

	private final JdbcClient jdbc;

	private final ReportStats stats;

	DistrictHistory(JdbcClient jdbc, ReportStats stats) {
		this.jdbc = jdbc;
		this.stats = stats;
	}

	/**
	 * Moves each enrollment of the district's teachers (except {@code keep}) to a random start within the past
	 * {@code months}, more of them recent than early (adoption grows), with 2–8 weeks of work before the first
	 * submission and 1–3 weeks per review; credentials issued for an enrollment move with its passing.
	 * @return how many enrollments moved
	 */
	@Transactional
	public int spreadOverPast(OrganizationId district, Set<AccountId> keep, int months, long seed) {
		List<Fact> enrollments = jdbc.sql("""
				select e.enrollment_id, e.teacher_id, e.credential_id, e.submissions from district_enrollment_fact e
				join district_roster r on r.account_id = e.teacher_id and r.district_id = ?
				where e.enrolled_at is not null order by e.enrolled_at, e.enrollment_id""")
			.param(district.value())
			.query((rs, n) -> new Fact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getInt(4)))
			.list();
		Set<UUID> kept = keep.stream().map(AccountId::value).collect(java.util.stream.Collectors.toSet());
		Random random = new Random(seed);
		Instant now = Instant.now();
		int moved = 0;
		for (Fact fact : enrollments) {
			if (kept.contains(fact.teacher())) {
				continue;
			}
			// work before the first submission, then a review (and a revision) per attempt, all before today
			long work = 14 + random.nextInt(42);
			long reviews = (7 + random.nextInt(14)) * (long) Math.max(1, fact.submissions());
			long spare = Math.max(1, months * 30L - work - reviews);
			Instant enrolled = now.minus(Duration.ofDays(work + reviews + (long) (spare * Math.pow(random.nextDouble(), 1.4))))
				.minus(Duration.ofMinutes(random.nextInt(600)));
			Instant submitted = enrolled.plus(Duration.ofDays(work));
			Instant passed = submitted.plus(Duration.ofDays(reviews));
			jdbc.sql("""
					update district_enrollment_fact set enrolled_at = ?,
					  first_submitted_at = case when first_submitted_at is null then null else least(?, now()) end,
					  passed_at = case when passed_at is null then null else least(?, now()) end
					where enrollment_id = ?""")
				.params(ts(enrolled), ts(submitted), ts(passed), fact.enrollment())
				.update();
			jdbc.sql("""
					update district_credential_fact set issued_at = least(?, now())
					where teacher_id = ? and credential_id = ?""")
				.params(ts(passed.plus(Duration.ofMinutes(1))), fact.teacher(), fact.credential())
				.update();
			moved++;
		}
		// pathways (stacks) were issued when their last component passed
		jdbc.sql("""
				update district_credential_fact f set issued_at = coalesce((select max(g.issued_at)
				  from district_credential_fact g where g.teacher_id = f.teacher_id and not g.stack), f.issued_at)
				where f.stack and f.teacher_id in (select account_id from district_roster where district_id = ?)
				  and not (f.teacher_id = any(?))""")
			.params(district.value(), kept.toArray(UUID[]::new))
			.update();
		stats.rebuild(district.value());
		return moved;
	}

	private record Fact(UUID enrollment, UUID teacher, UUID credential, int submissions) {
	}

	private static Timestamp ts(Instant at) {
		return Timestamp.from(at);
	}

}
