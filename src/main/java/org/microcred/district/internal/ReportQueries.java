package org.microcred.district.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * The district reports' SQL, over the aggregates {@link ReportStats} keeps (a few rows per school, credential and
 * day), always scoped to one district and optionally one school.
 */
@Repository
public class ReportQueries {

	private static final String SCOPE = """
			district_id = :district and (cast(:school as uuid) is null or school_id = :school)""";

	private static final String PERIOD = " and day between :from and :to";

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many passed a credential, per school. */
	public record Passed(String school, UUID credentialId, long count) {
	}

	/** Per school: active teachers, and how many hold a credential (not revoked) issued by the end of the period. */
	public List<SchoolAdoption> adoption(UUID district, ReportFilter f) {
		return params(jdbc.sql("""
				select school_name, sum(teachers) as teachers,
				       coalesce(sum(teachers) filter (where first_day <= :to), 0) as adopters
				from district_adoption_stat where\s""" + SCOPE + " group by school_name order by school_name"), district, f)
			.query((rs, n) -> new SchoolAdoption(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	public Funnel funnel(UUID district, ReportFilter f) {
		return params(jdbc.sql("""
				select coalesce(sum(enrolled), 0), coalesce(sum(enrolled_submitted), 0), coalesce(sum(enrolled_passed), 0)
				from district_day_stat where\s""" + SCOPE + PERIOD), district, f)
			.query((rs, n) -> new Funnel(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/** [passed at the first attempt, passed by attempt (RPL excluded)]. */
	public long[] passing(UUID district, ReportFilter f) {
		return params(jdbc.sql("""
				select coalesce(sum(passed_first), 0), coalesce(sum(passed_by_attempt), 0)
				from district_day_stat where\s""" + SCOPE + PERIOD), district, f)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/** The median of whole days from enrolling to passing, over passes in the period; null when nobody passed. */
	public Double medianDays(UUID district, ReportFilter f) {
		List<long[]> histogram = params(jdbc.sql("""
				select days, sum(n) from district_duration_stat where\s""" + SCOPE + PERIOD
				+ " group by days order by days"), district, f)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		return Median.ofHistogram(histogram);
	}

	public List<Passed> passedBySchoolAndCredential(UUID district, ReportFilter f) {
		return params(jdbc.sql("""
				select school_name, credential_id, sum(passed) from district_day_stat where\s""" + SCOPE + PERIOD
				+ " group by 1, 2 having sum(passed) > 0"), district, f)
			.query((rs, n) -> new Passed(rs.getString(1), rs.getObject(2, UUID.class), rs.getLong(3)))
			.list();
	}

	public List<Month> months(UUID district, ReportFilter f) {
		Map<YearMonth, long[]> counts = new HashMap<>();
		params(jdbc.sql("""
				select to_char(day, 'YYYY-MM'), sum(enrolled), sum(submitted), sum(passed)
				from district_day_stat where\s""" + SCOPE + PERIOD + " group by 1"), district, f)
			.query((rs, n) -> counts.put(YearMonth.parse(rs.getString(1)),
					new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) }))
			.list();
		List<Month> all = new ArrayList<>();
		for (YearMonth m = YearMonth.from(f.from()); !m.isAfter(YearMonth.from(f.to())); m = m.plusMonths(1)) {
			long[] c = counts.getOrDefault(m, new long[3]);
			all.add(new Month(m, c[0], c[1], c[2]));
		}
		return all;
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, UUID district, ReportFilter f) {
		return spec.param("district", district)
			.param("school", f.school() == null ? null : f.school().value())
			.param("from", Date.valueOf(f.from()))
			.param("to", Date.valueOf(f.to()));
	}

}
