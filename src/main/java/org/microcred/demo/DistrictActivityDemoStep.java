package org.microcred.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.district.DistrictApprovals;
import org.microcred.district.IncentivePolicy;
import org.microcred.district.IncentiveService;
import org.microcred.district.StepReward;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.organization.DistrictMember;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.PageRequest;
import org.microcred.review.AssessmentService;
import org.microcred.review.PoolStatus;
import org.microcred.review.ReviewId;
import org.springframework.stereotype.Component;

/**
 * The demo district at work, through the real services: approved credentials and incentive rules, and about
 * half of its 200 teachers enrolled, submitting, returned with feedback and passing. The next step spreads this
 * activity over the past 18 months in the district's reports.
 */
@Component
class DistrictActivityDemoStep implements DemoStep {

	private final CatalogService catalog;

	private final EnrollmentService enrollments;

	private final DemoSubmissions submissions;

	private final AssessmentService assessment;

	private final AccountService accounts;

	private final OrganizationService organizations;

	private final DistrictApprovals approvals;

	private final IncentiveService incentives;

	DistrictActivityDemoStep(CatalogService catalog, EnrollmentService enrollments, DemoSubmissions submissions,
			AssessmentService assessment, AccountService accounts, OrganizationService organizations,
			DistrictApprovals approvals, IncentiveService incentives) {
		this.catalog = catalog;
		this.enrollments = enrollments;
		this.submissions = submissions;
		this.assessment = assessment;
		this.accounts = accounts;
		this.organizations = organizations;
		this.approvals = approvals;
		this.incentives = incentives;
	}

	@Override
	public String name() {
		return "district-activity";
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public void run(DemoContext context) {
		Organization district = context.district(DemoAccounts.DISTRICT);
		CurrentUser admin = user(context, DemoAccounts.DISTRICT_ADMIN);
		List<DesignVersion> credentials = catalog.publishedAll()
			.stream()
			.filter(DesignVersion::isMicro)
			.filter(v -> !v.title().toLowerCase().contains("family engagement")) // Maya's waits in the queue
			.filter(v -> v.micro().evidenceParts().stream().allMatch(p -> p.acceptsText() || p.acceptsLinks()))
			.toList();
		approveAndSetRules(admin, district);

		List<CurrentUser> reviewers = List.of(user(context, DemoAccounts.REVIEWER),
				user(context, "tom.whitaker@demo.microcred.org"), user(context, "lucia.herrera@demo.microcred.org"),
				user(context, "niamh.walsh@demo.microcred.org"));
		Random random = new Random(18);
		List<Runnable> leftWaiting = new ArrayList<>();
		int page = 0;
		List<DistrictMember> members = new ArrayList<>();
		List<DistrictMember> batch;
		do {
			batch = organizations.members(admin, district.id(), null, "", new PageRequest(page++, 100)).items();
			members.addAll(batch);
		}
		while (batch.size() == 100);
		for (DistrictMember member : members) {
			if (!member.email().endsWith(DistrictRosterDemoStep.EMAIL_DOMAIN) || random.nextDouble() > 0.55) {
				continue;
			}
			CurrentUser teacher = accounts.reload(member.accountId()).orElseThrow();
			int count = 1 + (random.nextDouble() < 0.5 ? 1 : 0) + (random.nextDouble() < 0.25 ? 1 : 0);
			List<DesignVersion> shuffled = new ArrayList<>(credentials);
			java.util.Collections.shuffle(shuffled, random);
			for (DesignVersion version : shuffled) {
				if (count == 0) {
					break;
				}
				if (!enrollments.eligibility(teacher, version.credentialId()).eligible()) {
					continue;
				}
				count--;
				double outcome = random.nextDouble();
				EnrollmentId enrollment = enrollments.enroll(teacher, version.credentialId(), false);
				if (outcome < 0.15) {
					enrollments.markResource(teacher, enrollment, 0, true);
					continue;
				}
				if (outcome < 0.25) {
					leftWaiting.add(() -> submit(teacher, version, enrollment));
					continue;
				}
				submit(teacher, version, enrollment);
				boolean firstPasses = outcome >= 0.42;
				score(reviewers, version, firstPasses);
				if (!firstPasses && outcome >= 0.33) {
					enrollments.saveText(teacher, enrollment, textPart(version), "Revised after the feedback: "
							+ "added student work samples and what I changed for the second lesson.");
					submit(teacher, version, enrollment);
					score(reviewers, version, true);
				}
			}
		}
		leftWaiting.forEach(Runnable::run);
	}

	private void approveAndSetRules(CurrentUser admin, Organization district) {
		List<DesignVersion> all = catalog.publishedAll();
		for (int i = 0; i < all.size(); i++) {
			DesignVersion v = all.get(i);
			if (i % 4 != 3) { // most, not all: the catalog shows the difference
				approvals.approve(admin, district.id(), v.credentialId(), null, null, v.isMicro(),
						v.isMicro() ? null : "Pathway: counts once for its hours, not toward steps.");
			}
		}
		incentives.savePolicy(admin, district.id(), new IncentivePolicy(new BigDecimal("150"), 5,
				LocalDate.of(2024, 7, 1), 3, StepReward.SALARY_STEP, null, 1, 7, LocalDate.of(2025, 1, 1), -1));
	}

	private void submit(CurrentUser teacher, DesignVersion version, EnrollmentId enrollment) {
		submissions.submit(teacher, version, enrollment,
				"What I planned, what happened in class, and what my students' work showed.");
	}

	/**
	 * Active reviewers score the only waiting attempt of the credential, as many times as it is claimed (a second
	 * review when it was picked for double scoring). A reviewer taken off live reviews is skipped; when nobody
	 * active is left, the attempt simply waits in the queue.
	 */
	private void score(List<CurrentUser> reviewers, DesignVersion version, boolean pass) {
		MicroCredentialDesign design = version.micro();
		String level = pass ? design.passingRule().minimumLevel()
				: design.levels().stream().map(l -> l.key())
					.filter(l -> design.passingRule().isBelowPassing(design.levels(), l)).findFirst().orElseThrow();
		Map<String, String> scores = design.criterionKeys().stream().collect(Collectors.toMap(k -> k, k -> level));
		Map<String, String> comments = design.criterionKeys()
			.stream()
			.collect(Collectors.toMap(k -> k, k -> pass ? "Meets the descriptor."
					: "Not yet at " + design.passingLevelName() + ": show the effect on students."));
		String summary = pass ? "Solid evidence of the competency in your classroom." : "A good start; see the comments.";
		for (CurrentUser person : reviewers) {
			if (!activeFor(person, version)) {
				continue;
			}
			ReviewId review = assessment.claimNext(person, version.credentialId()).orElse(null);
			if (review != null) {
				assessment.submit(person, review, scores, comments, summary);
			}
		}
	}

	private boolean activeFor(CurrentUser reviewer, DesignVersion version) {
		return assessment.queue(reviewer)
			.pools()
			.stream()
			.anyMatch(p -> p.credentialId().equals(version.credentialId()) && p.status() == PoolStatus.ACTIVE);
	}

	private static String textPart(DesignVersion version) {
		return version.micro().evidenceParts().stream().filter(EvidencePart::acceptsText).findFirst()
			.map(EvidencePart::key).orElse(version.micro().evidenceParts().get(0).key());
	}

	private CurrentUser user(DemoContext context, String email) {
		return accounts.reload(context.account(email)).orElseThrow();
	}

}
