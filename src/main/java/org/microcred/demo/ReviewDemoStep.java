package org.microcred.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.organization.Organization;
import org.microcred.review.CalibrationService;
import org.microcred.review.ReviewAdminService;
import org.springframework.stereotype.Component;

/**
 * Assessment for the demo: every published micro-credential gets a calibration anchor, and the demo reviewers
 * join its pool and pass its calibration, as a real reviewer would before taking live reviews.
 */
@Component
class ReviewDemoStep implements DemoStep {

	private final CatalogService catalog;

	private final CalibrationService calibration;

	private final ReviewAdminService admin;

	private final AccountService accounts;

	ReviewDemoStep(CatalogService catalog, CalibrationService calibration, ReviewAdminService admin,
			AccountService accounts) {
		this.catalog = catalog;
		this.calibration = calibration;
		this.admin = admin;
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "reviewer-pools";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void run(DemoContext context) {
		Organization nonprofit = context.issuer(DemoAccounts.NONPROFIT);
		Organization university = context.issuer(DemoAccounts.UNIVERSITY);
		String hash = accounts.hashPassword(DemoAccounts.PASSWORD);
		// two more reviewers per issuer, so double scoring and moderation can happen
		List<AccountId> extra = List.of(
				accounts.registerWithHash("Lucía Herrera", "lucia.herrera@demo.microcred.org", hash,
						Set.of(new RoleGrant(Role.REVIEWER, nonprofit.id().value()))),
				accounts.registerWithHash("Tom Whitaker", "tom.whitaker@demo.microcred.org", hash,
						Set.of(new RoleGrant(Role.REVIEWER, nonprofit.id().value()), new RoleGrant(Role.REVIEWER,
								university.id().value()))),
				accounts.registerWithHash("Niamh Walsh", "niamh.walsh@demo.microcred.org", hash,
						Set.of(new RoleGrant(Role.REVIEWER, university.id().value()))));
		Map<String, CurrentUser> admins = Map.of(nonprofit.id().toString(), user(context.account(DemoAccounts.ISSUER_ADMIN)),
				university.id().toString(), user(context.account("university@demo.microcred.org")));
		List<AccountId> reviewers = new java.util.ArrayList<>(extra);
		reviewers.add(0, context.account(DemoAccounts.REVIEWER));

		for (DesignVersion version : catalog.publishedAll()) {
			if (!version.isMicro()) {
				continue;
			}
			CurrentUser issuerAdmin = admins.get(version.issuerId().toString());
			if (issuerAdmin == null) {
				// published by an issuer the demo did not create (the test suite's own, sharing one database)
				continue;
			}
			MicroCredentialDesign design = version.micro();
			Map<String, String> agreed = design.criterionKeys()
				.stream()
				.collect(Collectors.toMap(k -> k, k -> design.passingRule().minimumLevel()));
			calibration.addAnchor(issuerAdmin, version.credentialId(), "A proficient submission", anchorEvidence(design), agreed);
			for (AccountId reviewer : reviewers) {
				CurrentUser person = user(reviewer);
				if (person.hasRole(Role.REVIEWER, version.issuerId().value())) {
					admin.addReviewer(issuerAdmin, version.credentialId(), reviewer);
					Map<java.util.UUID, Map<String, String>> scores = calibration.anchors(version.credentialId())
						.stream()
						.collect(Collectors.toMap(a -> a.id(), a -> a.scores()));
					calibration.calibrate(person, version.credentialId(), scores);
				}
			}
		}
	}

	/** What a solid, not outstanding, submission for the design looks like. */
	private static String anchorEvidence(MicroCredentialDesign design) {
		StringBuilder text = new StringBuilder("A sample submission judged **proficient** on every criterion by two "
				+ "experienced reviewers.\n\n");
		for (EvidencePart part : design.evidenceParts()) {
			text.append("### ").append(part.title()).append("\n\n");
			part.criteria().forEach(c -> text.append("- ").append(c.name()).append(": ")
				.append(c.descriptor(design.passingRule().minimumLevel())).append('\n'));
			text.append('\n');
		}
		return text.toString();
	}

	private CurrentUser user(AccountId id) {
		return accounts.reload(id).orElseThrow();
	}

}
