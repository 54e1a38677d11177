package org.microcred.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.organization.Organization;
import org.microcred.review.CalibrationService;
import org.microcred.review.ReviewAdminService;
import org.microcred.review.ReviewerLanguages;
import org.springframework.stereotype.Component;

/**
 * A Spanish-speaking reviewer of the non-profit issuer ({@link DemoAccounts#SPANISH_REVIEWER}): her interface is in
 * Spanish, she reviews in Spanish and English, and she is calibrated in the pools of the issuer's micro-credentials,
 * so submissions written in Spanish have someone to go to.
 */
@Component
class SpanishReviewerDemoStep implements DemoStep {

	private final AccountService accounts;

	private final CatalogService catalog;

	private final ReviewAdminService admin;

	private final CalibrationService calibration;

	private final ReviewerLanguages languages;

	SpanishReviewerDemoStep(AccountService accounts, CatalogService catalog, ReviewAdminService admin,
			CalibrationService calibration, ReviewerLanguages languages) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.admin = admin;
		this.calibration = calibration;
		this.languages = languages;
	}

	@Override
	public String name() {
		return "spanish-reviewer";
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public void run(DemoContext context) {
		Organization nonprofit = context.issuer(DemoAccounts.NONPROFIT);
		AccountId id = accounts.registerWithHash("Ana Martínez", DemoAccounts.SPANISH_REVIEWER,
				accounts.hashPassword(DemoAccounts.PASSWORD), Set.of(new RoleGrant(Role.REVIEWER, nonprofit.id().value())));
		CurrentUser reviewer = accounts.reload(id).orElseThrow();
		accounts.updatePreferences(reviewer, "es", null, List.of(Locale.ENGLISH, Locale.forLanguageTag("es")));
		languages.set(reviewer, List.of("es", "en"));
		CurrentUser issuerAdmin = accounts.reload(context.account(DemoAccounts.ISSUER_ADMIN)).orElseThrow();
		for (DesignVersion version : catalog.publishedAll()) {
			// only the demo issuer's: the test suite's own credentials may share the database
			if (!version.isMicro() || !version.issuerId().equals(nonprofit.id())) {
				continue;
			}
			admin.addReviewer(issuerAdmin, version.credentialId(), id);
			Map<UUID, Map<String, String>> scores = calibration.anchors(version.credentialId())
				.stream()
				.collect(Collectors.toMap(a -> a.id(), a -> a.scores()));
			if (!scores.isEmpty()) {
				calibration.calibrate(reviewer, version.credentialId(), scores);
			}
		}
	}

}
