package org.microcred.catalog.web;

import java.util.UUID;

import org.microcred.catalog.CredentialDesignService;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.VersionId;
import org.microcred.catalog.CatalogService;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Quality reviewers: the designs waiting for them, and approving or returning each one. */
@Controller
@PreAuthorize("hasRole('QUALITY_REVIEWER')")
class QualityReviewController {

	private final CredentialDesignService designs;

	private final CatalogService catalog;

	private final OrganizationService organizations;

	QualityReviewController(CredentialDesignService designs, CatalogService catalog, OrganizationService organizations) {
		this.designs = designs;
		this.catalog = catalog;
		this.organizations = organizations;
	}

	@GetMapping("/quality")
	String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("queue", designs.reviewQueue(user, new PageRequest(page, 20)));
		model.addAttribute("issuers", organizations.administeredBy(user, org.microcred.identity.Role.QUALITY_REVIEWER));
		return "catalog/quality-home";
	}

	@GetMapping("/quality/designs/{versionId}")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, Model model) {
		DesignVersion version = designs.version(user, new VersionId(versionId));
		model.addAttribute("version", version);
		model.addAttribute("issuer", organizations.get(version.issuerId()));
		model.addAttribute("checklist", designs.checklist(version));
		model.addAttribute("gaps", designs.assessmentGaps(version));
		model.addAttribute("history", designs.history(user, version.credentialId()));
		model.addAttribute("isAuthor", designs.isAuthor(user, version.id()));
		model.addAttribute("names", TitleLookup.of(catalog));
		return "catalog/quality-review";
	}

	@PostMapping("/quality/designs/{versionId}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId,
			@RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "false") boolean acknowledgeGaps,
			RedirectAttributes redirect) {
		try {
			designs.approve(user, new VersionId(versionId), comment, acknowledgeGaps);
			redirect.addFlashAttribute("flash", "catalog.quality.approved");
			return "redirect:/quality";
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
			return "redirect:/quality/designs/" + versionId;
		}
	}

	@PostMapping("/quality/designs/{versionId}/return")
	String returnForRevision(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		try {
			designs.returnForRevision(user, new VersionId(versionId), comment);
			redirect.addFlashAttribute("flash", "catalog.quality.returned");
			return "redirect:/quality";
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
			return "redirect:/quality/designs/" + versionId;
		}
	}

}
