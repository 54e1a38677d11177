package org.microcred.identity.web;

import org.microcred.identity.CurrentUser;
import org.microcred.identity.IdentitySettings;
import org.microcred.identity.RoleGrant;
import org.microcred.identity.sso.SsoDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page, log-in and the home page that sends each person to the home of their role.
 */
@Controller
class AuthPagesController {

	private final IdentitySettings settings;

	private final SsoDirectory sso;

	AuthPagesController(IdentitySettings settings, SsoDirectory sso) {
		this.settings = settings;
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

	/** One role: straight to its home. Several: a choice. */
	@GetMapping("/home")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		var grants = user.grants().stream()
			.sorted(java.util.Comparator.comparing(RoleGrant::role).thenComparing(g -> String.valueOf(g.organizationId())))
			.toList();
		if (grants.size() == 1) {
			return "redirect:" + grants.get(0).homePath();
		}
		model.addAttribute("grants", grants);
		return "identity/choose-home";
	}

}
