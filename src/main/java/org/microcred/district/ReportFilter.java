package org.microcred.district;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.microcred.organization.SchoolId;
import org.microcred.platform.InvalidInputException;

/**
 * What a district report covers: optionally one school, and a period of days (both ends included).
 * Without dates it covers the last 18 months.
 */
public record ReportFilter(SchoolId school, LocalDate from, LocalDate to) {

	public ReportFilter {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		to = to == null ? today : to;
		from = from == null ? to.minusMonths(18).withDayOfMonth(1) : from;
		if (from.isAfter(to)) {
			throw new InvalidInputException("from", "district.report.period-reversed");
		}
		if (from.isBefore(to.minusYears(10))) {
			throw new InvalidInputException("from", "district.report.period-too-long");
		}
	}

	public static ReportFilter lastEighteenMonths() {
		return new ReportFilter(null, null, null);
	}

}
