package org.microcred.badge.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedAction;
import org.microcred.badge.IssuedCredentialId;
import org.microcred.badge.IssuedFilter;
import org.microcred.badge.IssuedRow;
import org.microcred.badge.IssuerBadges;
import org.microcred.catalog.CredentialId;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.web.ViewerZone;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issuer administrators: the credentials they issued and to whom, searched and filtered; each change (revoke,
 * suspend, reinstate, renew) is confirmed on a page that names the earner and the credential.
 */
@Controller
class IssuerBadgesController {

	private final BadgeService badges;

	private final IssuerBadges list;

	private final OrganizationService organizations;

	private final ViewerZone zones;

	IssuerBadgesController(BadgeService badges, IssuerBadges list, OrganizationService organizations, ViewerZone zones) {
		this.badges = badges;
		this.zones = zones;
		this.list = list;
		this.organizations = organizations;
	}

	@GetMapping("/manage/issuers/{id}/badges")
	String list(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String standing,
			@RequestParam(required = false) UUID credential,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		OrganizationId issuer = new OrganizationId(id);
		IssuedFilter filter = new IssuedFilter(q, standing, credential == null ? null : new CredentialId(credential),
				from, to);
		model.addAttribute("issuer", organizations.requireIssuerAdmin(admin, issuer));
		model.addAttribute("badges", list.list(admin, issuer, filter, new PageRequest(page, 25), zones.of(request)));
		model.addAttribute("credentials", list.credentials(admin, issuer));
		model.addAttribute("filter", filter);
		return "badge/issuer-badges";
	}

	@GetMapping("/manage/issuers/{id}/badges/{credential}/{action}")
	String confirm(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @PathVariable UUID credential,
			@PathVariable String action, Model model) {
		OrganizationId issuer = new OrganizationId(id);
		IssuedAction move = IssuedAction.of(action).orElseThrow(() -> new NotFoundException("badge.issued.unknown-action"));
		IssuedRow row = list.row(admin, issuer, new IssuedCredentialId(credential));
		row.requireAllowed(move);
		model.addAttribute("issuer", organizations.requireIssuerAdmin(admin, issuer));
		model.addAttribute("row", row);
		model.addAttribute("action", move);
		return "badge/issuer-badge-confirm";
	}

	@PostMapping("/manage/issuers/{id}/badges/{credential}")
	String change(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @PathVariable UUID credential,
			@RequestParam String action, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String publicReason, RedirectAttributes redirect) {
		IssuedCredentialId target = new IssuedCredentialId(credential);
		IssuedAction move = IssuedAction.of(action)
			.orElseThrow(() -> new InvalidInputException("action", "badge.issued.unknown-action"));
		// another issuer's credential is not found under this issuer; an illegal move answers 409 in plain words
		IssuedRow row = list.row(admin, new OrganizationId(id), target);
		try {
			switch (move) {
				case REVOKE -> badges.revoke(admin, target, reason, publicReason);
				case SUSPEND -> badges.suspend(admin, target, reason, publicReason);
				case REINSTATE -> badges.reinstate(admin, target);
				case RENEW -> badges.renew(admin, target);
			}
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
			redirect.addFlashAttribute("reason", reason);
			redirect.addFlashAttribute("publicReason", publicReason);
			return "redirect:/manage/issuers/" + id + "/badges/" + credential + "/" + move.slug();
		}
		redirect.addFlashAttribute("flash", Msg.of("badge.issued.done." + move.slug(), row.credentialTitle(),
				row.earnerName()));
		return "redirect:/manage/issuers/" + id + "/badges";
	}

}
