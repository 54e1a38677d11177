package org.microcred.growth.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.district.Approval;
import org.microcred.district.DistrictApprovals;
import org.microcred.growth.SelfAssessment;
import org.microcred.growth.SkillDomain;
import org.microcred.growth.SkillFramework;
import org.microcred.identity.AccountId;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.EnrollmentStatus;
import org.microcred.learning.EnrollmentView;
import org.microcred.organization.OrganizationService;
import org.springframework.stereotype.Component;

/**
 * Gathers what the scoring needs from the other modules' public APIs (catalog, district approvals, the teacher's
 * own enrollments, their colleagues) and from growth's own read model of who earned what.
 */
@Component
public class TeacherSignals {

	private final CatalogService catalog;

	private final EnrollmentService enrollments;

	private final DistrictApprovals approvals;

	private final OrganizationService organizations;

	private final GrowthStore store;

	private final SkillFramework framework;

	TeacherSignals(CatalogService catalog, EnrollmentService enrollments, DistrictApprovals approvals,
			OrganizationService organizations, GrowthStore store, SkillFramework framework) {
		this.catalog = catalog;
		this.enrollments = enrollments;
		this.approvals = approvals;
		this.organizations = organizations;
		this.store = store;
		this.framework = framework;
	}

	/** The published catalog as candidates, and its stacks. */
	public record Catalog(List<Candidate> candidates, List<Signals.Stack> stacks) {
	}

	public Catalog catalog() {
		List<Candidate> candidates = new ArrayList<>();
		List<Signals.Stack> stacks = new ArrayList<>();
		for (DesignVersion v : catalog.publishedAll()) {
			if (v.isMicro()) {
				candidates.add(new Candidate(v.credentialId().value(), v.id().value(), v.title(), v.summary(),
						v.micro().workloadHours(), framework.map(v.micro().skills()), v.micro().gradeBands(),
						v.micro().subjects(), v.micro().prerequisites()));
			}
			else {
				stacks.add(new Signals.Stack(v.title(), v.stack()));
			}
		}
		return new Catalog(candidates, stacks);
	}

	public Signals of(CurrentUser teacher, SelfAssessment assessment, Catalog published) {
		Set<UUID> earned = new HashSet<>();
		Set<UUID> enrolled = new HashSet<>();
		for (EnrollmentView e : enrollments.enrollmentsOf(teacher)) {
			if (e.status() == EnrollmentStatus.PASSED) {
				earned.add(e.credentialId().value());
			}
			else if (e.status() != EnrollmentStatus.WITHDRAWN) {
				enrolled.add(e.credentialId().value());
			}
		}
		AccountId id = teacher.id();
		Map<UUID, BigDecimal> hours = approvedHours(id, published.candidates());
		Set<CredentialId> ids = published.candidates().stream().map(c -> new CredentialId(c.credentialId()))
			.collect(Collectors.toSet());
		Map<UUID, Long> platform = new HashMap<>();
		catalog.earnedCounts(ids).forEach((k, v) -> platform.put(k.value(), v));
		return new Signals(assessment.ratings(), assessment.interests(), assessment.gradeBands(),
				assessment.subjects().stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()),
				assessment.hoursPerWeek(), earned, enrolled, store.dismissed(id.value()), hours,
				store.earnerCounts(values(organizations.peersOf(id, true))),
				store.earnerCounts(values(organizations.peersOf(id, false))), platform, published.stacks());
	}

	/** Framework names in the reader's language. */
	public FrameworkNames names(Locale locale) {
		Map<String, String> skills = new HashMap<>();
		Map<String, String> skillDomains = new HashMap<>();
		Map<String, String> domains = new HashMap<>();
		for (SkillDomain d : framework.domains()) {
			domains.put(d.code(), d.name(locale));
			d.skills().forEach(s -> {
				skills.put(s.code(), s.name(locale));
				skillDomains.put(s.code(), d.code());
			});
		}
		return new FrameworkNames(skills, skillDomains, domains);
	}

	private Map<UUID, BigDecimal> approvedHours(AccountId teacher, List<Candidate> candidates) {
		Map<CredentialId, Approval> approved = approvals.approvedForTeacher(teacher);
		Map<UUID, BigDecimal> hours = new HashMap<>();
		for (Candidate c : candidates) {
			Approval a = approved.get(new CredentialId(c.credentialId()));
			if (a != null) {
				BigDecimal h = a.pdHours() != null ? a.pdHours() : c.workloadHours();
				hours.put(c.credentialId(), h == null ? BigDecimal.ZERO : h);
			}
		}
		return hours;
	}

	private static Set<UUID> values(Set<AccountId> ids) {
		return ids.stream().map(AccountId::value).collect(Collectors.toSet());
	}

}
