package org.microcred.badge.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.microcred.badge.BadgeService;
import org.microcred.badge.SigningKeys;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Issuer administrators: signing keys — rotate, report one compromised, re-issue what it signed (with progress). */
@Controller
class SigningKeysController {

	private final SigningKeys keys;

	private final BadgeService badges;

	private final OrganizationService organizations;

	SigningKeysController(SigningKeys keys, BadgeService badges, OrganizationService organizations) {
		this.keys = keys;
		this.badges = badges;
		this.organizations = organizations;
	}

	@GetMapping("/manage/issuers/{id}/keys")
	String page(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
		OrganizationId issuer = new OrganizationId(id);
		model.addAttribute("issuer", organizations.requireIssuerAdmin(admin, issuer));
		model.addAttribute("keys", keys.keys(admin, issuer));
		model.addAttribute("progress", keys.progress(admin, issuer));
		return "badge/issuer-keys";
	}

	/** The progress fragment the page polls while a re-issue runs. */
	@GetMapping("/manage/issuers/{id}/keys/reissue")
	String progress(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
		OrganizationId issuer = new OrganizationId(id);
		model.addAttribute("issuer", organizations.requireIssuerAdmin(admin, issuer));
		model.addAttribute("progress", keys.progress(admin, issuer));
		return "badge/issuer-keys :: progress";
	}

	@PostMapping("/manage/issuers/{id}/keys/rotate")
	String rotate(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		badges.rotateKey(admin, new OrganizationId(id));
		redirect.addFlashAttribute("flash", "badge.keys.rotated");
		return "redirect:/manage/issuers/" + id + "/keys";
	}

	@PostMapping("/manage/issuers/{id}/keys/{number}/compromised")
	String compromised(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @PathVariable int number,
			@RequestParam(defaultValue = "") String since, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		keys.reportCompromised(admin, new OrganizationId(id), number, moment(since), confirm);
		redirect.addFlashAttribute("flash", Msg.of("badge.keys.withdrawn", number));
		return "redirect:/manage/issuers/" + id + "/keys";
	}

	@PostMapping("/manage/issuers/{id}/keys/reissue")
	String reissue(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		keys.reissueAffected(admin, new OrganizationId(id));
		redirect.addFlashAttribute("flash", "badge.keys.reissue.started");
		return "redirect:/manage/issuers/" + id + "/keys";
	}

	/** A date-time from the form, in UTC (blank means now). */
	private static Instant moment(String since) {
		if (since.isBlank()) {
			return Instant.now();
		}
		try {
			return LocalDateTime.parse(since.strip()).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("since", "badge.keys.since.invalid");
		}
	}

}
