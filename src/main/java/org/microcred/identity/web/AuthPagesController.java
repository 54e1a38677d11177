package org.microcred.identity.web;

import org.microcred.identity.CurrentUser;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.microcred.identity.IdentitySettings;
import org.microcred.identity.OrganizationDirectory;
import org.microcred.identity.RoleGrant;
import org.microcred.identity.sso.SsoDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page, log-in and the home page that sends each person to the home of their role.
 */
@Controller
class AuthPagesController {

	/** A card of the role chooser: the role and, when it is held within an organization, that organization's name. */
	record HomeChoice(RoleGrant grant, String organizationName) {
	}

	private final IdentitySettings settings;

	private final ObjectProvider<OrganizationDirectory> organizationNames;

	private final SsoDirectory sso;

	AuthPagesController(IdentitySettings settings, ObjectProvider<OrganizationDirectory> organizationNames,
			SsoDirectory sso) {
		this.settings = settings;
		this.organizationNames = organizationNames;
		this.sso = sso;
	}

	@GetMapping("/")
	String landing(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("signupEnabled", settings.signupEnabled());
		return "landing";
	}

	@GetMapping("/login")
	String login(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user != null) {
			return "redirect:/home";
		}
		model.addAttribute("signupEnabled", settings.signupEnabled());
		model.addAttribute("ssoAvailable", sso.any());
		return "identity/login";
	}

	/** One role: straight to its home. Several: a choice, each card naming the organization the role is held in. */
	@GetMapping("/home")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		var grants = List.copyOf(user.grants());
		if (grants.size() == 1) {
			return "redirect:" + grants.get(0).homePath();
		}
		List<java.util.UUID> scopes = grants.stream().map(RoleGrant::organizationId).filter(Objects::nonNull).toList();
		OrganizationDirectory names = organizationNames.getIfAvailable();
		Map<java.util.UUID, String> named = names == null || scopes.isEmpty() ? Map.of() : names.namesOf(scopes);
		model.addAttribute("grants", grants.stream()
			.map(g -> new HomeChoice(g, g.organizationId() == null ? null : named.get(g.organizationId())))
			.sorted(Comparator.comparing((HomeChoice c) -> c.grant().role())
				.thenComparing(c -> String.valueOf(c.organizationName()), String.CASE_INSENSITIVE_ORDER))
			.toList());
		return "identity/choose-home";
	}

}
