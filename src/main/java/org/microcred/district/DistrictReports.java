package org.microcred.district;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.microcred.catalog.CredentialId;
import org.microcred.district.DistrictReport.Count;
import org.microcred.district.DistrictReport.Heatmap;
import org.microcred.district.internal.CredentialLabels;
import org.microcred.district.internal.ReportQueries;
import org.microcred.district.internal.ReportQueries.Cell;
import org.microcred.district.internal.ReportStats;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adoption and impact reports for district administrators, from the read model. They show counts, never evidence
 * or review comments.
 */
@Service
public class DistrictReports {

	static final int HEATMAP_SKILLS = 12;

	private final ReportQueries queries;

	private final ReportStats stats;

	private final OrganizationService organizations;

	private final CredentialLabels labels;

	DistrictReports(ReportQueries queries, ReportStats stats, OrganizationService organizations,
			CredentialLabels labels) {
		this.queries = queries;
		this.stats = stats;
		this.organizations = organizations;
		this.labels = labels;
	}

	@Transactional
	public DistrictReport report(CurrentUser admin, OrganizationId district, ReportFilter filter) {
		organizations.requireDistrictAdmin(admin, district);
		if (filter.school() != null) {
			organizations.requireSchoolOf(district, filter.school());
		}
		// the first report of a district waits for its figures, written apart from this (read-only) transaction
		java.time.Instant asOf = stats.refreshedAt(district.value())
			.orElseGet(() -> stats.rebuildSeparately(district.value()));
		List<Cell> all = queries.cells(district.value(), filter);
		List<Cell> period = all.stream().filter(c -> c.month() != null).toList();
		List<Cell> passes = all.stream().filter(c -> c.month() == null && c.passed() > 0).toList();
		Map<CredentialId, CredentialLabels.Label> named = labels
			.of(passes.stream().map(c -> new CredentialId(c.credentialId())).collect(java.util.stream.Collectors.toSet()));

		Map<String, Long> byCredential = new TreeMap<>();
		Map<String, Long> bySkill = new TreeMap<>();
		Map<String, Map<String, Long>> cells = new TreeMap<>();
		for (Cell c : passes) {
			CredentialLabels.Label label = named.get(new CredentialId(c.credentialId()));
			byCredential.merge(label.title(), c.passed(), Long::sum);
			for (String skill : label.skills()) {
				bySkill.merge(skill, c.passed(), Long::sum);
				cells.computeIfAbsent(c.school(), s -> new LinkedHashMap<>()).merge(skill, c.passed(), Long::sum);
			}
		}
		List<DistrictReport.SchoolAdoption> adoption = queries.adoption(district.value(), filter);
		TreeSet<String> allSchools = new TreeSet<>(adoption.stream().map(DistrictReport.SchoolAdoption::school).toList());
		allSchools.addAll(cells.keySet());
		long max = cells.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max().orElse(0);
		// the heatmap shows the most earned skills; its CSV has the same columns, the by-skill table has them all
		List<String> topSkills = counts(bySkill).stream().limit(HEATMAP_SKILLS).map(Count::label).sorted().toList();
		Heatmap heatmap = new Heatmap(List.copyOf(allSchools), topSkills, cells, max);

		DistrictReport.Funnel funnel = new DistrictReport.Funnel(sum(period, Cell::enrolled),
				sum(period, Cell::enrolledSubmitted), sum(period, Cell::enrolledPassed));
		return new DistrictReport(filter, asOf, adoption, funnel, sum(period, Cell::passedFirst),
				sum(period, Cell::passedByAttempt), queries.medianDays(district.value(), filter), counts(byCredential),
				counts(bySkill), heatmap, months(period, filter));
	}

	/** Rebuilds the district's report figures now, rather than within the refresh interval. */
	public void refresh(CurrentUser admin, OrganizationId district) {
		organizations.requireDistrictAdmin(admin, district);
		stats.rebuild(district.value());
	}

	private static long sum(List<Cell> cells, java.util.function.ToLongFunction<Cell> value) {
		return cells.stream().mapToLong(value).sum();
	}

	/** Every month of the period, with zeros where nothing happened. */
	private static List<DistrictReport.Month> months(List<Cell> cells, ReportFilter filter) {
		Map<YearMonth, long[]> counts = new HashMap<>();
		for (Cell c : cells) {
			long[] m = counts.computeIfAbsent(c.month(), k -> new long[3]);
			m[0] += c.enrolled();
			m[1] += c.submitted();
			m[2] += c.passed();
		}
		List<DistrictReport.Month> all = new ArrayList<>();
		for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m.plusMonths(1)) {
			long[] c = counts.getOrDefault(m, new long[3]);
			all.add(new DistrictReport.Month(m, c[0], c[1], c[2]));
		}
		return all;
	}

	private static List<Count> counts(Map<String, Long> counts) {
		List<Count> all = new ArrayList<>();
		counts.forEach((label, n) -> all.add(new Count(label, n)));
		all.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label));
		return all;
	}

}
