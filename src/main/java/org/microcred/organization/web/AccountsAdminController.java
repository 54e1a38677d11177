package org.microcred.organization.web;

import java.util.UUID;

import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationKind;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Platform administrators find accounts, add or remove roles (e.g. make an existing teacher a reviewer) and
 * deactivate or reactivate accounts.
 */
@Controller
class AccountsAdminController {

	private final AccountService accounts;

	private final OrganizationService organizations;

	AccountsAdminController(AccountService accounts, OrganizationService organizations) {
		this.accounts = accounts;
		this.organizations = organizations;
	}

	@GetMapping("/admin/accounts")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accounts", accounts.search(user, q, new PageRequest(page, 25)));
		model.addAttribute("q", q);
		model.addAttribute("roles", Role.values());
		model.addAttribute("issuers", organizations.list(OrganizationKind.ISSUER, new PageRequest(0, 100)).items());
		model.addAttribute("districts", organizations.list(OrganizationKind.DISTRICT, new PageRequest(0, 100)).items());
		return "organization/accounts";
	}

	@PostMapping("/admin/accounts/{id}/roles")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String grant(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam Role role,
			@RequestParam(required = false) UUID organizationId, @RequestParam(defaultValue = "false") boolean revoke,
			@RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
		try {
			if (organizationId != null) {
				OrganizationKind needed = switch (role) {
					case DISTRICT_ADMIN, TEACHER -> OrganizationKind.DISTRICT;
					default -> OrganizationKind.ISSUER;
				};
				organizations.requireKind(new OrganizationId(organizationId), needed);
			}
			RoleGrant grant = new RoleGrant(role, organizationId);
			if (revoke) {
				accounts.revokeByAdmin(user, new AccountId(id), grant);
			}
			else {
				accounts.grantByAdmin(user, new AccountId(id), grant);
			}
			redirect.addFlashAttribute("flash", revoke ? "Role removed." : "Role added.");
		}
		catch (IllegalArgumentException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex instanceof InvalidInputException ? ex.getMessage()
					: role.label() + " needs an organization of the right kind.");
		}
		catch (org.microcred.platform.NotFoundException ex) {
			redirect.addFlashAttribute("error", role.label() + " needs an organization of the right kind.");
		}
		redirect.addAttribute("q", q);
		return "redirect:/admin/accounts";
	}

	/** Deactivating ends the person's sessions at once; reactivating lets them log in again. */
	@PostMapping("/admin/accounts/{id}/enabled")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String setEnabled(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam boolean enabled,
			@RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
		try {
			accounts.setEnabledByAdmin(user, new AccountId(id), enabled);
			redirect.addFlashAttribute("flash", enabled ? "Account reactivated." : "Account deactivated and logged out.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		redirect.addAttribute("q", q);
		return "redirect:/admin/accounts";
	}

	@GetMapping("/organizations/{id}/logo")
	ResponseEntity<byte[]> logo(@PathVariable UUID id) {
		return organizations.logo(new OrganizationId(id))
			.map(logo -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(logo.type()))
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
				.body(logo.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
