package org.microcred.district;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of a district report, as shown behind its chart and as exported to CSV.
 *
 * @param name the table's name in its CSV file name
 */
public record ReportTable(String name, String caption, List<String> headers, List<List<String>> rows) {

	/** Every table of the report, by name, in page order. */
	public static Map<String, ReportTable> of(DistrictReport report) {
		Map<String, ReportTable> tables = new LinkedHashMap<>();
		List<List<String>> adoption = new ArrayList<>();
		report.adoption().forEach(s -> adoption.add(List.of(s.school(), n(s.teachers()), n(s.withCredential()), s.percent() + "%")));
		DistrictReport.SchoolAdoption total = report.total();
		adoption.add(List.of(total.school(), n(total.teachers()), n(total.withCredential()), total.percent() + "%"));
		put(tables, new ReportTable("adoption", "Adoption: teachers holding at least one credential at the end of the period",
				List.of("School", "Teachers", "With a credential", "Share"), adoption));
		DistrictReport.Funnel f = report.funnel();
		put(tables, new ReportTable("funnel", "Funnel: enrollments started in the period",
				List.of("Stage", "Enrollments", "Share of enrolled"),
				List.of(List.of("Enrolled", n(f.enrolled()), "100%"),
						List.of("Submitted", n(f.submitted()), f.submittedPercent() + "%"),
						List.of("Passed", n(f.passed()), f.passedPercent() + "%"))));
		put(tables, new ReportTable("passing", "Passing: credentials passed in the period",
				List.of("Measure", "Value"),
				List.of(List.of("Passed by attempt (not recognition of prior learning)", n(report.passedByAttempt())),
						List.of("Passed at the first attempt", n(report.passedFirstAttempt())),
						List.of("First-attempt pass rate",
								report.firstAttemptPercent() == null ? "" : report.firstAttemptPercent() + "%"),
						List.of("Median days from enrolling to passing", report.medianDaysToCredential() == null ? ""
								: String.valueOf(Math.round(report.medianDaysToCredential()))))));
		put(tables, counts("by-credential", "Credentials passed in the period, by credential", "Credential",
				report.byCredential()));
		put(tables, counts("by-skill", "Credentials passed in the period, by skill", "Skill", report.bySkill()));
		List<String> heatHeaders = new ArrayList<>(List.of("School"));
		heatHeaders.addAll(report.heatmap().skills());
		List<List<String>> heat = new ArrayList<>();
		for (String school : report.heatmap().schools()) {
			List<String> row = new ArrayList<>(List.of(school));
			report.heatmap().skills().forEach(skill -> row.add(n(report.heatmap().cell(school, skill))));
			heat.add(row);
		}
		put(tables, new ReportTable("coverage", "Coverage: credentials passed per school, for the 12 most earned skills", heatHeaders, heat));
		List<List<String>> months = new ArrayList<>();
		report.months().forEach(m -> months.add(List.of(m.month().toString(), n(m.enrolled()), n(m.submitted()), n(m.passed()))));
		put(tables, new ReportTable("monthly", "Monthly trends", List.of("Month", "Enrolled", "Submitted", "Passed"), months));
		return tables;
	}

	/** The whole number in a cell (a trailing % ignored), 0 when the cell is empty. */
	public long number(List<String> row, int column) {
		String cell = row.get(column).replace("%", "").strip();
		return cell.isEmpty() ? 0 : Long.parseLong(cell);
	}

	/** The largest number in a column, at least 1 (a chart's scale). */
	public long max(int column) {
		return Math.max(1, rows.stream().mapToLong(r -> number(r, column)).max().orElse(1));
	}

	private static ReportTable counts(String name, String caption, String label, List<DistrictReport.Count> counts) {
		List<List<String>> rows = new ArrayList<>();
		counts.forEach(c -> rows.add(List.of(c.label(), n(c.count()))));
		return new ReportTable(name, caption, List.of(label, "Passed"), rows);
	}

	private static void put(Map<String, ReportTable> tables, ReportTable table) {
		tables.put(table.name(), table);
	}

	private static String n(long value) {
		return Long.toString(value);
	}

}
