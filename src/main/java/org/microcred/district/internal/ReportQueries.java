package org.microcred.district.internal;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.district.DistrictReport.Funnel;
import org.microcred.district.DistrictReport.Month;
import org.microcred.district.DistrictReport.SchoolAdoption;
import org.microcred.district.ReportFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The district reports' SQL over the read model and the organization module's {@code district_roster} view. Every
 * query is scoped to one district's active teachers (and one school when the filter says so).
 */
@Repository
public class ReportQueries {

	private static final String IN_SCOPE = """
			r.district_id = :district and r.active and (cast(:school as uuid) is null or r.school_id = :school)""";

	private static final String JOIN_ROSTER = " join district_roster r on r.account_id = e.teacher_id and " + IN_SCOPE
			+ " ";

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A credential pair: which credential, how many passed it, per school. */
	public record Passed(String school, UUID credentialId, long count) {
	}

	public List<SchoolAdoption> adoption(UUID district, ReportFilter f) {
		return params(jdbc.sql("""
				select coalesce(r.school_name, '(no school)') as school, count(*) as teachers,
				       count(*) filter (where exists (select 1 from district_credential_fact c
				         where c.teacher_id = r.account_id and c.revoked_at is null
				           and c.issued_at >= :from and c.issued_at < :to)) as adopters
				from district_roster r where \s""" + IN_SCOPE + " group by 1 order by 1"), district, f)
			.query((rs, n) -> new SchoolAdoption(rs.getString("school"), rs.getLong("teachers"), rs.getLong("adopters")))
			.list();
	}

	public Funnel funnel(UUID district, ReportFilter f) {
		return params(jdbc.sql("""
				select count(*) as enrolled, count(e.first_submitted_at) as submitted, count(e.passed_at) as passed
				from district_enrollment_fact e""" + JOIN_ROSTER + """
				where e.enrolled_at >= :from and e.enrolled_at < :to"""), district, f)
			.query((rs, n) -> new Funnel(rs.getLong("enrolled"), rs.getLong("submitted"), rs.getLong("passed")))
			.single();
	}

	/** [passed at the first attempt, passed by attempts (RPL excluded), median days to credential or null]. */
	public Object[] passing(UUID district, ReportFilter f) {
		return params(jdbc.sql("""
				select count(*) filter (where not e.rpl and e.attempts_to_pass = 1) as first,
				       count(*) filter (where not e.rpl) as by_attempt,
				       percentile_cont(0.5) within group (order by extract(epoch from e.passed_at - e.enrolled_at) / 86400)
				         as median_days
				from district_enrollment_fact e""" + JOIN_ROSTER + """
				where e.passed_at >= :from and e.passed_at < :to"""), district, f)
			.query((rs, n) -> new Object[] { rs.getLong("first"), rs.getLong("by_attempt"),
					rs.getObject("median_days") == null ? null : rs.getDouble("median_days") })
			.single();
	}

	public List<Passed> passedBySchoolAndCredential(UUID district, ReportFilter f) {
		return params(jdbc.sql("""
				select coalesce(r.school_name, '(no school)') as school, e.credential_id, count(*) as n
				from district_enrollment_fact e""" + JOIN_ROSTER + """
				where e.passed_at >= :from and e.passed_at < :to group by 1, 2"""), district, f)
			.query((rs, n) -> new Passed(rs.getString("school"), rs.getObject("credential_id", UUID.class),
					rs.getLong("n")))
			.list();
	}

	public List<Month> months(UUID district, ReportFilter f) {
		Map<YearMonth, long[]> counts = new HashMap<>();
		for (String column : List.of("enrolled_at", "first_submitted_at", "passed_at")) {
			int slot = column.startsWith("enrolled") ? 0 : column.startsWith("first") ? 1 : 2;
			params(jdbc.sql("""
					select to_char(e.%1$s at time zone 'UTC', 'YYYY-MM') as month, count(*) as n
					from district_enrollment_fact e %2$s
					where e.%1$s >= :from and e.%1$s < :to group by 1""".formatted(column, JOIN_ROSTER)), district, f)
				.query((rs, n) -> {
					counts.computeIfAbsent(YearMonth.parse(rs.getString("month")), m -> new long[3])[slot] = rs.getLong("n");
					return null;
				})
				.list();
		}
		java.util.ArrayList<Month> all = new java.util.ArrayList<>();
		for (YearMonth m = YearMonth.from(f.from()); !m.isAfter(YearMonth.from(f.to())); m = m.plusMonths(1)) {
			long[] c = counts.getOrDefault(m, new long[3]);
			all.add(new Month(m, c[0], c[1], c[2]));
		}
		return all;
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, UUID district, ReportFilter f) {
		return spec.param("district", district)
			.param("school", f.school() == null ? null : f.school().value())
			.param("from", Timestamp.from(f.from().atStartOfDay(ZoneOffset.UTC).toInstant()))
			.param("to", Timestamp.from(f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

}
