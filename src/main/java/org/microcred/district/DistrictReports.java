package org.microcred.district;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.district.DistrictReport.Count;
import org.microcred.district.DistrictReport.Heatmap;
import org.microcred.district.internal.ReportQueries;
import org.microcred.district.internal.ReportQueries.Passed;
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

	private final CatalogService catalog;

	DistrictReports(ReportQueries queries, ReportStats stats, OrganizationService organizations,
			CatalogService catalog) {
		this.queries = queries;
		this.stats = stats;
		this.organizations = organizations;
		this.catalog = catalog;
	}

	@Transactional
	public DistrictReport report(CurrentUser admin, OrganizationId district, ReportFilter filter) {
		organizations.requireDistrictAdmin(admin, district);
		if (filter.school() != null) {
			organizations.requireSchoolOf(district, filter.school());
		}
		java.time.Instant asOf = stats.refreshedAt(district.value()).orElseGet(() -> {
			stats.rebuild(district.value()); // the first report of a district waits for its figures
			return stats.refreshedAt(district.value()).orElseThrow();
		});
		long[] passing = queries.passing(district.value(), filter);
		List<Passed> passed = queries.passedBySchoolAndCredential(district.value(), filter);
		Map<CredentialId, DesignVersion> designs = new HashMap<>();
		passed.forEach(p -> designs.computeIfAbsent(new CredentialId(p.credentialId()),
				id -> catalog.published(id).orElse(null)));

		Map<String, Long> byCredential = new TreeMap<>();
		Map<String, Long> bySkill = new TreeMap<>();
		Map<String, Map<String, Long>> cells = new TreeMap<>();
		for (Passed p : passed) {
			DesignVersion design = designs.get(new CredentialId(p.credentialId()));
			byCredential.merge(design == null ? "(retired credential)" : design.title(), p.count(), Long::sum);
			for (String skill : skills(design)) {
				bySkill.merge(skill, p.count(), Long::sum);
				cells.computeIfAbsent(p.school(), s -> new LinkedHashMap<>()).merge(skill, p.count(), Long::sum);
			}
		}
		List<DistrictReport.SchoolAdoption> adoption = queries.adoption(district.value(), filter);
		TreeSet<String> allSchools = new TreeSet<>(adoption.stream().map(DistrictReport.SchoolAdoption::school).toList());
		allSchools.addAll(cells.keySet());
		long max = cells.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max().orElse(0);
		// the heatmap shows the most earned skills; its CSV has the same columns, the by-skill table has them all
		List<String> topSkills = counts(bySkill).stream().limit(HEATMAP_SKILLS).map(Count::label).sorted().toList();
		Heatmap heatmap = new Heatmap(List.copyOf(allSchools), topSkills, cells, max);

		return new DistrictReport(filter, asOf, adoption, queries.funnel(district.value(), filter), passing[0],
				passing[1], queries.medianDays(district.value(), filter), counts(byCredential), counts(bySkill), heatmap,
				queries.months(district.value(), filter));
	}

	/** Rebuilds the district's report figures now, rather than within the refresh interval. */
	public void refresh(CurrentUser admin, OrganizationId district) {
		organizations.requireDistrictAdmin(admin, district);
		stats.rebuild(district.value());
	}

	private static List<String> skills(DesignVersion design) {
		if (design == null) {
			return List.of("(retired credential)");
		}
		if (!design.isMicro() || design.micro().skills().isEmpty()) {
			return List.of(design.isMicro() ? "(no skill listed)" : "Pathways (stacks)");
		}
		return design.micro().skills();
	}

	private static List<Count> counts(Map<String, Long> counts) {
		List<Count> all = new ArrayList<>();
		counts.forEach((label, n) -> all.add(new Count(label, n)));
		all.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label));
		return all;
	}

}
