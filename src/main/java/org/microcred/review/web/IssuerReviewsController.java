package org.microcred.review.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.review.CalibrationService;
import org.microcred.review.ReviewAdminService;
import org.microcred.review.ReviewSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Assessment for issuer staff: pools, settings, waiting and overdue work, quality dashboard, anchors, audit. */
@Controller
class IssuerReviewsController {

	private final ReviewAdminService admin;

	private final CalibrationService calibration;

	private final OrganizationService organizations;

	private final AccountService accounts;

	private final CatalogService catalog;

	private final org.microcred.review.ReviewerLanguages reviewerLanguages;

	IssuerReviewsController(ReviewAdminService admin, CalibrationService calibration, OrganizationService organizations,
			AccountService accounts, CatalogService catalog, org.microcred.review.ReviewerLanguages reviewerLanguages) {
		this.reviewerLanguages = reviewerLanguages;
		this.admin = admin;
		this.calibration = calibration;
		this.organizations = organizations;
		this.accounts = accounts;
		this.catalog = catalog;
	}

	@GetMapping("/manage/issuers/{id}/reviews")
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page, Model model) {
		OrganizationId issuer = new OrganizationId(id);
		model.addAttribute("issuer", organizations.get(issuer));
		model.addAttribute("pools", admin.pools(user, issuer));
		model.addAttribute("unstaffed", admin.unstaffed(user, issuer));
		model.addAttribute("unmatchedLanguages", reviewerLanguages.unmatched(user, issuer));
		model.addAttribute("settings", admin.settings(user, issuer));
		model.addAttribute("waiting", admin.waiting(user, issuer, overdue, new PageRequest(page, 20)));
		model.addAttribute("overdue", overdue);
		model.addAttribute("reviewers", accounts.withRole(Role.REVIEWER, id));
		model.addAttribute("titles", catalog.publishedAll().stream()
			.collect(java.util.stream.Collectors.toMap(v -> v.credentialId().value(), DesignVersion::title, (a, b) -> a)));
		model.addAttribute("isAdmin", user.hasRole(Role.ISSUER_ADMIN, id));
		return "review/issuer-reviews";
	}

	@PostMapping("/manage/issuers/{id}/reviews/pools")
	String pool(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam UUID credential,
			@RequestParam UUID reviewer, @RequestParam(defaultValue = "false") boolean remove, RedirectAttributes redirect) {
		try {
			if (remove) {
				admin.removeReviewer(user, new CredentialId(credential), new AccountId(reviewer));
			}
			else {
				admin.addReviewer(user, new CredentialId(credential), new AccountId(reviewer));
			}
			redirect.addFlashAttribute("flash", remove ? "review.pool.removed" : "review.pool.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/issuers/" + id + "/reviews";
	}

	@PostMapping("/manage/issuers/{id}/reviews/settings")
	String settings(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean blindReview, @RequestParam BigDecimal doubleScorePercent,
			@RequestParam BigDecimal agreementThreshold, @RequestParam int claimHours, @RequestParam int appealDays,
			RedirectAttributes redirect) {
		try {
			admin.saveSettings(user, new OrganizationId(id), new ReviewSettings(blindReview,
					doubleScorePercent.movePointLeft(2), agreementThreshold, claimHours, appealDays));
			redirect.addFlashAttribute("flash", "review.settings.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/issuers/" + id + "/reviews";
	}

	@GetMapping("/manage/issuers/{id}/reviews/quality")
	String quality(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID credential, Model model) {
		OrganizationId issuer = new OrganizationId(id);
		model.addAttribute("issuer", organizations.get(issuer));
		model.addAttribute("pools", admin.pools(user, issuer));
		model.addAttribute("settings", admin.settings(user, issuer));
		if (credential != null) {
			DesignVersion version = catalog.published(new CredentialId(credential))
				.orElseThrow(() -> new NotFoundException("review.credential-not-found"));
			model.addAttribute("selected", version);
			model.addAttribute("byCriterion", admin.byCriterion(user, new CredentialId(credential)));
		}
		return "review/quality-dashboard";
	}

	@GetMapping("/manage/issuers/{id}/reviews/audit")
	String audit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID attempt, @RequestParam(defaultValue = "0") int page, Model model) {
		OrganizationId issuer = new OrganizationId(id);
		model.addAttribute("issuer", organizations.get(issuer));
		model.addAttribute("entries", admin.audit(user, issuer, attempt, new PageRequest(page, 50)));
		model.addAttribute("attempt", attempt);
		return "review/audit";
	}

	@GetMapping("/manage/issuers/{id}/reviews/anchors/{credentialId}")
	String anchors(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID credentialId,
			Model model) {
		OrganizationId issuer = new OrganizationId(id);
		organizations.requireIssuerAdmin(user, issuer);
		model.addAttribute("issuer", organizations.get(issuer));
		model.addAttribute("version", catalog.published(new CredentialId(credentialId))
			.filter(v -> v.issuerId().equals(issuer)).orElseThrow(() -> new NotFoundException("review.credential-not-found")));
		model.addAttribute("anchors", calibration.anchors(new CredentialId(credentialId)));
		return "review/anchors";
	}

	@PostMapping("/manage/issuers/{id}/reviews/anchors/{credentialId}")
	String addAnchor(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID credentialId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		ScoreForm scores = ScoreForm.of(form);
		try {
			calibration.addAnchor(user, new CredentialId(credentialId), form.get("title"), form.get("evidence"), scores.scores());
			redirect.addFlashAttribute("flash", "review.anchor.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/issuers/" + id + "/reviews/anchors/" + credentialId;
	}

}
