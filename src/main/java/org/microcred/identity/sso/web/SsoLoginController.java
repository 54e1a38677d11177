package org.microcred.identity.sso.web;

import java.util.List;

import org.microcred.identity.CurrentUser;
import org.microcred.identity.sso.SsoDirectory;
import org.microcred.platform.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * "Sign in with your district": finds an organization's identity providers by the domain of the e-mail address
 * typed, or lets the person choose the organization; and explains a refused sign-in. The way to the provider is a
 * link, not a form, because the page's Content-Security-Policy only lets forms go to Microcred itself.
 */
@Controller
class SsoLoginController {

	private final SsoDirectory directory;

	SsoLoginController(SsoDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/login/sso")
	String find(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String email, Model model) {
		if (user != null) {
			return "redirect:/home";
		}
		String typed = email.strip();
		model.addAttribute("email", typed.length() > 254 ? typed.substring(0, 254) : typed);
		model.addAttribute("searched", !typed.isEmpty());
		model.addAttribute("providers", typed.isEmpty() ? List.of() : directory.forEmail(typed));
		return "identity/sso-find";
	}

	@GetMapping("/login/sso/organizations")
	String organizations(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("providers", directory.page(new PageRequest(Math.max(0, page), 25)));
		return "identity/sso-organizations";
	}

	@GetMapping("/login/sso/refused")
	String refused(@RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("reason", directory.refusalKey(reason));
		return "identity/sso-refused";
	}

}
