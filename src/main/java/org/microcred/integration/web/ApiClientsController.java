package org.microcred.integration.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.integration.ApiClientService;
import org.microcred.integration.ApiScope;
import org.microcred.integration.CreatedApiClient;
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

/** Organization administrators: API clients — create one (its secret shown once), see when each was used, revoke. */
@Controller
class ApiClientsController {

	private final ApiClientService clients;

	private final OrganizationService organizations;

	ApiClientsController(ApiClientService clients, OrganizationService organizations) {
		this.clients = clients;
		this.organizations = organizations;
	}

	@GetMapping("/manage/organizations/{id}/api-clients")
	String page(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@RequestParam(required = false) Integer page, Model model) {
		OrganizationId organization = new OrganizationId(id);
		model.addAttribute("clients", clients.list(admin, organization, PageRequest.of(page, null)));
		model.addAttribute("organization", organizations.get(organization));
		model.addAttribute("scopes", List.of(ApiScope.values()));
		return "integration/api-clients";
	}

	@PostMapping("/manage/organizations/{id}/api-clients")
	String create(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) List<String> scopes,
			RedirectAttributes redirect) {
		Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
		if (scopes != null) {
			scopes.forEach(s -> ApiScope.of(s).ifPresent(chosen::add));
		}
		try {
			CreatedApiClient created = clients.create(admin, new OrganizationId(id), name, chosen);
			redirect.addFlashAttribute("created", created);
			redirect.addFlashAttribute("flash", "integration.clients.created");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/organizations/" + id + "/api-clients";
	}

	@PostMapping("/manage/organizations/{id}/api-clients/{client}/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @PathVariable UUID client,
			RedirectAttributes redirect) {
		clients.revoke(admin, new OrganizationId(id), client);
		redirect.addFlashAttribute("flash", Msg.of("integration.clients.revoked"));
		return "redirect:/manage/organizations/" + id + "/api-clients";
	}

}
