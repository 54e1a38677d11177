package org.microcred.organization.web;

import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.identity.InvitationService;
import org.microcred.identity.Role;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationKind;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.PageRequest;
import org.microcred.platform.web.Forms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The platform administrator's pages: issuers and districts, and inviting their administrators. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class PlatformAdminController {

	private final OrganizationService organizations;

	private final InvitationService invitations;

	PlatformAdminController(OrganizationService organizations, InvitationService invitations) {
		this.organizations = organizations;
		this.invitations = invitations;
	}

	@GetMapping("/admin")
	String home(@RequestParam(defaultValue = "0") int issuersPage, @RequestParam(defaultValue = "0") int districtsPage,
			Model model) {
		model.addAttribute("issuers", organizations.list(OrganizationKind.ISSUER, new PageRequest(issuersPage, 10)));
		model.addAttribute("districts",
				organizations.list(OrganizationKind.DISTRICT, new PageRequest(districtsPage, 10)));
		return "organization/admin-home";
	}

	@GetMapping("/admin/organizations/new")
	String newForm(@RequestParam(defaultValue = "ISSUER") OrganizationKind kind, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("form", OrganizationForm.empty());
		model.addAttribute("countries", Countries.in(LocaleContextHolder.getLocale()));
		return "organization/new";
	}

	@PostMapping("/admin/organizations")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam OrganizationKind kind,
			@Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				OrganizationId id = organizations.create(user, kind, form.details());
				redirect.addFlashAttribute("flash", kind.messageKey() + ".created");
				return "redirect:/admin/organizations/" + id;
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		model.addAttribute("kind", kind);
		model.addAttribute("countries", Countries.in(LocaleContextHolder.getLocale()));
		return Forms.redisplay(response, "organization/new");
	}

	@GetMapping("/admin/organizations/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Organization organization = organizations.get(new OrganizationId(id));
		model.addAttribute("organization", organization);
		model.addAttribute("invitations", invitations.list(user, id, new PageRequest(page, 20)));
		return "organization/admin-show";
	}

	@PostMapping("/admin/organizations/{id}/invitations")
	String inviteAdmin(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String email,
			RedirectAttributes redirect) {
		Organization organization = organizations.get(new OrganizationId(id));
		Role role = organization.kind() == OrganizationKind.ISSUER ? Role.ISSUER_ADMIN : Role.DISTRICT_ADMIN;
		try {
			invitations.invite(user, email, role, id, null, organization.name());
			redirect.addFlashAttribute("flash", Msg.of("organization.invitation.sent", email.strip()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
			redirect.addFlashAttribute("email", email);
		}
		return "redirect:/admin/organizations/" + id;
	}

}
