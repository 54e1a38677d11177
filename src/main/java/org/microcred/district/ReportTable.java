package org.microcred.district;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.microcred.district.internal.CredentialLabels;
import org.microcred.platform.Msg;

/**
 * One table of a district report, as shown behind its chart and as exported to CSV. Captions, headers and row labels
 * that are words are {@link Msg}s, shown in the reader's language; every other cell is data, as text.
 *
 * @param name the table's name in its CSV file name
 * @param headers column headings: {@link Msg}s, or data (the coverage table's skills)
 * @param rows cells: data as text, or a {@link Msg} for a label
 */
public record ReportTable(String name, Msg caption, List<Object> headers, List<List<Object>> rows) {

	/** Every table of the report, by name, in page order. */
	public static Map<String, ReportTable> of(DistrictReport report) {
		Map<String, ReportTable> tables = new LinkedHashMap<>();
		List<List<Object>> adoption = new ArrayList<>();
		report.adoption().forEach(s -> adoption.add(List.of(s.school(), n(s.teachers()), n(s.withCredential()), s.percent() + "%")));
		DistrictReport.SchoolAdoption total = report.total();
		adoption.add(List.of(text("all-schools"), n(total.teachers()), n(total.withCredential()), total.percent() + "%"));
		put(tables, new ReportTable("adoption", text("adoption.caption"),
				headers("school", "teachers", "with-credential", "share"), adoption));
		DistrictReport.Funnel f = report.funnel();
		put(tables, new ReportTable("funnel", text("funnel.caption"), headers("stage", "enrollments", "share-of-enrolled"),
				List.of(List.of(text("enrolled"), n(f.enrolled()), "100%"),
						List.of(text("submitted"), n(f.submitted()), f.submittedPercent() + "%"),
						List.of(text("passed"), n(f.passed()), f.passedPercent() + "%"))));
		put(tables, new ReportTable("passing", text("passing.caption"), headers("measure", "value"),
				List.of(List.of(text("passed-by-attempt"), n(report.passedByAttempt())),
						List.of(text("passed-first-attempt"), n(report.passedFirstAttempt())),
						List.of(text("first-attempt-rate"),
								report.firstAttemptPercent() == null ? "" : report.firstAttemptPercent() + "%"),
						List.of(text("median-days"), report.medianDaysToCredential() == null ? ""
								: String.valueOf(Math.round(report.medianDaysToCredential()))))));
		put(tables, counts("by-credential", "by-credential.caption", "credential", report.byCredential()));
		put(tables, counts("by-skill", "by-skill.caption", "skill", report.bySkill()));
		List<Object> heatHeaders = new ArrayList<>(List.of(text("school")));
		report.heatmap().skills().forEach(skill -> heatHeaders.add(CredentialLabels.shown(skill)));
		List<List<Object>> heat = new ArrayList<>();
		for (String school : report.heatmap().schools()) {
			List<Object> row = new ArrayList<>(List.of(school));
			report.heatmap().skills().forEach(skill -> row.add(n(report.heatmap().cell(school, skill))));
			heat.add(row);
		}
		put(tables, new ReportTable("coverage", text("coverage.caption"), heatHeaders, heat));
		List<List<Object>> months = new ArrayList<>();
		report.months().forEach(m -> months.add(List.of(m.month().toString(), n(m.enrolled()), n(m.submitted()), n(m.passed()))));
		put(tables, new ReportTable("monthly", text("monthly.caption"), headers("month", "enrolled", "submitted", "passed"),
				months));
		return tables;
	}

	/** The whole number in a cell (a trailing % ignored), 0 when the cell is empty. */
	public long number(List<Object> row, int column) {
		String cell = String.valueOf(row.get(column)).replace("%", "").strip();
		return cell.isEmpty() ? 0 : Long.parseLong(cell);
	}

	/** The largest number in a column, at least 1 (a chart's scale). */
	public long max(int column) {
		return Math.max(1, rows.stream().mapToLong(r -> number(r, column)).max().orElse(1));
	}

	private static ReportTable counts(String name, String caption, String label, List<DistrictReport.Count> counts) {
		List<List<Object>> rows = new ArrayList<>();
		counts.forEach(c -> rows.add(List.of(CredentialLabels.shown(c.label()), n(c.count()))));
		return new ReportTable(name, text(caption), headers(label, "passed"), rows);
	}

	private static List<Object> headers(String... names) {
		List<Object> headers = new ArrayList<>();
		for (String name : names) {
			headers.add(text(name));
		}
		return headers;
	}

	private static Msg text(String name) {
		return Msg.of("district.report." + name);
	}

	private static void put(Map<String, ReportTable> tables, ReportTable table) {
		tables.put(table.name(), table);
	}

	private static String n(long value) {
		return Long.toString(value);
	}

}
