package org.microcred.district.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

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

	/** Per school: active teachers, and how many hold a credential (not revoked) issued by the end of the period. */
	public List<SchoolAdoption> adoption(UUID district, ReportFilter f) {
		return params(jdbc.sql("""
				select school_name, sum(teachers) as teachers,
				       coalesce(sum(teachers) filter (where first_day <= :to), 0) as adopters
				from district_adoption_stat where\s""" + SCOPE + " group by school_name order by school_name"), district, f)
			.query((rs, n) -> new SchoolAdoption(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/**
	 * The day aggregates of the period summed in one scan two ways: per month (every figure; {@code school} and
	 * {@code credentialId} null) and per school and credential (only those with passes; {@code month} null).
	 */
	public record Cell(String school, UUID credentialId, YearMonth month, long enrolled, long enrolledSubmitted,
			long enrolledPassed, long submitted, long passed, long passedByAttempt, long passedFirst) {
	}

	/** Called in the report's transaction: the memory to hash the groups lasts for it alone. */
	public List<Cell> cells(UUID district, ReportFilter f) {
		// grouping sets rather than every (school, credential, month): a year of a large district is tens of
		// thousands of such rows, which were sorted (on disk) and sent only to be summed again here; hashing the
		// ~12,000 groups of such a district takes ~6 MB, more than the default work_mem, which spilled a sort to disk
		jdbc.sql("select set_config('work_mem', '32MB', true)").query(String.class).single();
		return params(jdbc.sql("""
				select school_name, credential_id, date_trunc('month', day)::date, sum(enrolled), sum(enrolled_submitted),
				       sum(enrolled_passed), sum(submitted), sum(passed), sum(passed_by_attempt), sum(passed_first)
				from district_day_stat where\s""" + SCOPE + PERIOD + """
				 group by grouping sets ((school_name, credential_id), (date_trunc('month', day)::date))
				having grouping(school_name, credential_id) <> 0 or sum(passed) > 0"""), district, f)
			.query((rs, n) -> new Cell(rs.getString(1), rs.getObject(2, UUID.class),
					rs.getDate(3) == null ? null : YearMonth.from(rs.getDate(3).toLocalDate()), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)))
			.list();
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

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, UUID district, ReportFilter f) {
		return spec.param("district", district)
			.param("school", f.school() == null ? null : f.school().value())
			.param("from", Date.valueOf(f.from()))
			.param("to", Date.valueOf(f.to()));
	}

}
