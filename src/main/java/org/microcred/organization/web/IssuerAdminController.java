package org.microcred.organization.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.InvitationService;
import org.microcred.identity.Role;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.PageRequest;
import org.microcred.platform.web.Forms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** An issuer administrator's page: the issuer's profile and logo, its staff and their invitations. */
@Controller
class IssuerAdminController {

	private static final List<Role> STAFF_ROLES = List.of(Role.ISSUER_ADMIN, Role.REVIEWER, Role.QUALITY_REVIEWER);

	private final OrganizationService organizations;

	private final InvitationService invitations;

	private final AccountService accounts;

	IssuerAdminController(OrganizationService organizations, InvitationService invitations, AccountService accounts) {
		this.organizations = organizations;
		this.invitations = invitations;
		this.accounts = accounts;
	}

	@GetMapping("/manage/issuers")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Organization> mine = organizations.administeredBy(user, Role.ISSUER_ADMIN);
		if (mine.size() == 1) {
			return "redirect:/manage/issuers/" + mine.get(0).id();
		}
		model.addAttribute("organizations", mine);
		model.addAttribute("kind", "issuers");
		return "organization/mine";
	}

	@GetMapping("/manage/issuers/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Organization issuer = organizations.requireIssuerAdmin(user, new OrganizationId(id));
		model.addAttribute("form", OrganizationForm.of(issuer));
		return render(user, issuer, page, model);
	}

	@PostMapping("/manage/issuers/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Organization issuer = organizations.requireIssuerAdmin(user, new OrganizationId(id));
		if (!binding.hasErrors()) {
			try {
				organizations.update(user, issuer.id(), form.details(), form.version());
				redirect.addFlashAttribute("flash", "organization.issuer.saved");
				return "redirect:/manage/issuers/" + id;
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		render(user, issuer, 0, model);
		return Forms.redisplay(response, "organization/issuer");
	}

	@PostMapping("/manage/issuers/{id}/logo")
	String logo(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam MultipartFile logo,
			RedirectAttributes redirect) throws IOException {
		try {
			if (logo.getSize() > 1024 * 1024) {
				throw new InvalidInputException("logo", "organization.logo.too-large");
			}
			organizations.setLogo(user, new OrganizationId(id), logo.getBytes());
			redirect.addFlashAttribute("flash", "organization.logo.updated");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/issuers/" + id;
	}

	@PostMapping("/manage/issuers/{id}/invitations")
	String invite(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String email,
			@RequestParam Role role, RedirectAttributes redirect) {
		Organization issuer = organizations.requireIssuerAdmin(user, new OrganizationId(id));
		if (!STAFF_ROLES.contains(role)) {
			redirect.addFlashAttribute("error", "organization.issuer.invite-roles");
			return "redirect:/manage/issuers/" + id;
		}
		try {
			invitations.invite(user, email, role, id, null, issuer.name());
			redirect.addFlashAttribute("flash", Msg.of("organization.invitation.sent", email.strip()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
			redirect.addFlashAttribute("email", email);
		}
		return "redirect:/manage/issuers/" + id;
	}

	@PostMapping("/manage/issuers/{id}/invitations/{invitation}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID invitation,
			RedirectAttributes redirect) {
		organizations.requireIssuerAdmin(user, new OrganizationId(id));
		invitations.withdraw(user, invitation);
		redirect.addFlashAttribute("flash", "organization.invitation.withdrawn");
		return "redirect:/manage/issuers/" + id;
	}

	private String render(CurrentUser user, Organization issuer, int page, Model model) {
		model.addAttribute("issuer", issuer);
		// a platform administrator may edit the profile and staff, but the issuer's own work is its administrators'
		model.addAttribute("issuerAdmin", user.hasRole(Role.ISSUER_ADMIN, issuer.id().value()));
		model.addAttribute("countries", Countries.in(LocaleContextHolder.getLocale()));
		model.addAttribute("staffRoles", STAFF_ROLES);
		model.addAttribute("staff", STAFF_ROLES.stream()
			.map(role -> new StaffGroup(role, accounts.withRole(role, issuer.id().value())))
			.toList());
		model.addAttribute("invitations", invitations.list(user, issuer.id().value(), new PageRequest(page, 10)));
		return "organization/issuer";
	}

	record StaffGroup(Role role, List<org.microcred.identity.AccountSummary> people) {

		/** The bundle key of the group's heading, e.g. {@code organization.issuer.people.reviewer} (Reviewers). */
		public String titleKey() {
			return role.messageKey().replace("identity.role.", "organization.issuer.people.");
		}

	}

}
