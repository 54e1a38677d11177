package org.microcred.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredential;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.EnrollmentView;
import org.microcred.learning.Feedback;
import org.microcred.learning.LearningService;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationService;
import org.springframework.stereotype.Component;

/**
 * Issued badges for the demo: a completed pathway (so its stack credential is issued), a revoked credential and an
 * expired one, each for a teacher of the demo district, through the real services.
 */
@Component
class CredentialsDemoStep implements DemoStep {

	private final CatalogService catalog;

	private final EnrollmentService enrollments;

	private final LearningService learning;

	private final BadgeService badges;

	private final AccountService accounts;

	private final OrganizationService organizations;

	CredentialsDemoStep(CatalogService catalog, EnrollmentService enrollments, LearningService learning,
			BadgeService badges, AccountService accounts, OrganizationService organizations) {
		this.catalog = catalog;
		this.enrollments = enrollments;
		this.learning = learning;
		this.badges = badges;
		this.accounts = accounts;
		this.organizations = organizations;
	}

	@Override
	public String name() {
		return "issued-credentials";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void run(DemoContext context) {
		Organization district = context.district(DemoAccounts.DISTRICT);
		Map<String, DesignVersion> published = catalog.publishedAll()
			.stream()
			.filter(DesignVersion::isMicro)
			.collect(Collectors.toMap(v -> v.title().toLowerCase(), v -> v, (a, b) -> a));

		CurrentUser jordan = teacher("Jordan Lee", "jordan.lee@riverside-usd.example.org", district);
		for (String topic : List.of("social-emotional", "english learners", "equitable")) {
			pass(jordan, find(published, topic), null);
		}
		// the pathway's stack credential follows from the three passes (issued when their events are handled)

		CurrentUser alex = teacher("Alex Kim", "alex.kim@riverside-usd.example.org", district);
		IssuedCredential revoked = pass(alex, find(published, "digital tools"), null);
		badges.revoke(admin(context, revoked), revoked.id(), "Issued in error: the evidence belonged to a colleague.");

		CurrentUser sam = teacher("Sam Patel", "sam.patel@riverside-usd.example.org", district);
		DesignVersion expiring = published.values()
			.stream()
			.filter(v -> v.micro().validityMonths() != null)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo catalog needs a credential that expires"));
		pass(sam, expiring, Instant.now().minus(Duration.ofDays(31L * (expiring.micro().validityMonths() + 2))));
	}

	/** Passes the teacher (submission and decision through the services) and issues the badge now. */
	private IssuedCredential pass(CurrentUser teacher, DesignVersion version, Instant passedAt) {
		EnrollmentId enrollment = enrollments.enroll(teacher, version.credentialId(), false);
		for (EvidencePart part : version.micro().evidenceParts()) {
			if (part.acceptsText()) {
				enrollments.saveText(teacher, enrollment, part.key(), "Evidence from my classroom for " + part.title() + ".");
			}
			else if (part.acceptsLinks()) {
				enrollments.saveLinks(teacher, enrollment, part.key(), List.of("https://video.example.org/" + part.key()), 10);
			}
		}
		AttemptId attempt = enrollments.submit(teacher, enrollment, UUID.randomUUID());
		learning.decide(attempt, true, new Feedback("Meets every criterion of the rubric.", List.of()));
		EnrollmentView view = learning.enrollment(enrollment);
		Instant when = passedAt == null ? view.passedAt() : passedAt;
		return badges.issueFor(new EnrollmentPassed(enrollment, attempt, teacher.id(), version.credentialId(),
				version.id(), 1, false, when, when));
	}

	private CurrentUser teacher(String name, String email, Organization district) {
		var id = accounts.registerWithHash(name, email, accounts.hashPassword(DemoAccounts.PASSWORD),
				Set.of(new RoleGrant(Role.TEACHER, district.id().value())));
		organizations.placeTeacher(id, district.id(), organizations.schoolsOf(district.id()).get(0).id(), null, null);
		return accounts.reload(id).orElseThrow();
	}

	private CurrentUser admin(DemoContext context, IssuedCredential credential) {
		String email = context.issuer(DemoAccounts.NONPROFIT).id().equals(credential.issuerId()) ? DemoAccounts.ISSUER_ADMIN
				: "university@demo.microcred.org";
		return accounts.reload(context.account(email)).orElseThrow();
	}

	private static DesignVersion find(Map<String, DesignVersion> published, String words) {
		return published.entrySet()
			.stream()
			.filter(e -> e.getKey().contains(words))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo credential about " + words));
	}

}
