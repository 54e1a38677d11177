package org.microcred.identity.sso.web;

import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.identity.sso.ProviderPreset;
import org.microcred.identity.sso.SsoAdministration;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.web.Forms;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/** An organization administrator's single sign-on settings: identity providers and log-in rules. */
@Controller
class SsoSettingsController {

	private static final String VIEW = "identity/sso-settings";

	private final SsoAdministration administration;

	SsoSettingsController(SsoAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/manage/organizations/{org}/sign-in")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID org,
			@RequestParam(required = false) String preset, Model model) {
		var settings = administration.settings(user, org);
		model.addAttribute("form", ProviderForm.of(ProviderPreset.parse(preset), settings.organization().name()));
		return render(settings, model);
	}

	@PostMapping("/manage/organizations/{org}/sign-in/providers")
	String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID org,
			@ModelAttribute("form") ProviderForm form, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			administration.addProvider(user, org, form.toNewProvider());
			redirect.addFlashAttribute("flash", "identity.sso.settings.provider-added");
			return "redirect:/manage/organizations/" + org + "/sign-in";
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
		}
		render(administration.settings(user, org), model);
		return Forms.redisplay(response, VIEW);
	}

	@PostMapping("/manage/organizations/{org}/sign-in/providers/{provider}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID org, @PathVariable UUID provider,
			RedirectAttributes redirect) {
		administration.removeProvider(user, org, provider);
		redirect.addFlashAttribute("flash", "identity.sso.settings.provider-removed");
		return "redirect:/manage/organizations/" + org + "/sign-in";
	}

	@PostMapping("/manage/organizations/{org}/sign-in/rules")
	String rules(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID org,
			@RequestParam(defaultValue = "") String emailDomains,
			@RequestParam(defaultValue = "false") boolean createAccounts,
			@RequestParam(defaultValue = "false") boolean passwordLoginOff, RedirectAttributes redirect) {
		try {
			administration.savePolicy(user, org, emailDomains, createAccounts, !passwordLoginOff);
			redirect.addFlashAttribute("flash", "identity.sso.settings.rules-saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/organizations/" + org + "/sign-in";
	}

	private String render(SsoAdministration.Settings settings, Model model) {
		model.addAttribute("settings", settings);
		model.addAttribute("presets", ProviderPreset.values());
		model.addAttribute("callbackBase",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/login/oauth2/code/").toUriString());
		return VIEW;
	}

}
