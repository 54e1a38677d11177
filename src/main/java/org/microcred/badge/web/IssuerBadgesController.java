package org.microcred.badge.web;

import java.util.UUID;

import org.microcred.badge.BadgeService;
import org.microcred.badge.CredentialView;
import org.microcred.badge.IssuedCredentialId;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Issuer administrators: the credentials they issued; revoking, suspending, reinstating, renewing. */
@Controller
class IssuerBadgesController {

	private final BadgeService badges;

	private final OrganizationService organizations;

	IssuerBadgesController(BadgeService badges, OrganizationService organizations) {
		this.badges = badges;
		this.organizations = organizations;
	}

	@GetMapping("/manage/issuers/{id}/badges")
	String list(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "0") int page, Model model) {
		OrganizationId issuer = new OrganizationId(id);
		model.addAttribute("issuer", organizations.requireIssuerAdmin(admin, issuer));
		model.addAttribute("badges", badges.ofIssuer(admin, issuer, state, new PageRequest(page, 25)).map(c -> CredentialView.of(c, null)));
		model.addAttribute("state", state);
		return "badge/issuer-badges";
	}

	@PostMapping("/manage/issuers/{id}/badges/{credential}")
	String change(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @PathVariable UUID credential,
			@RequestParam String action, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String publicReason, RedirectAttributes redirect) {
		IssuedCredentialId target = new IssuedCredentialId(credential);
		// an illegal move (reinstating a revocation, a second click) answers 409 with the reason in plain words
		try {
			switch (action) {
				case "revoke" -> badges.revoke(admin, target, reason, publicReason);
				case "suspend" -> badges.suspend(admin, target, reason, publicReason);
				case "reinstate" -> badges.reinstate(admin, target);
				case "renew" -> badges.renew(admin, target);
				default -> throw new InvalidInputException("action", "badge.issued.unknown-action");
			}
			redirect.addFlashAttribute("flash", switch (action) {
				case "revoke" -> Msg.of("badge.issued.done.revoke");
				case "suspend" -> Msg.of("badge.issued.done.suspend");
				case "reinstate" -> Msg.of("badge.issued.done.reinstate");
				default -> Msg.of("badge.issued.done.renew");
			});
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/issuers/" + id + "/badges";
	}

}
