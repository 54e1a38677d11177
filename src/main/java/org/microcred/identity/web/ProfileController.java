package org.microcred.identity.web;

import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.web.Forms;
import org.microcred.platform.web.LanguageSettings;
import org.microcred.platform.web.Preferences;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person's own profile: name, credential recipient id, language and time zone, password. */
@Controller
class ProfileController {

	record ProfileForm(@NotBlank(message = "{identity.profile.name.required}") @Size(max = 120,
			message = "{identity.profile.name.too-long}") String displayName,
			@Size(max = 500, message = "{identity.profile.recipient.too-long}") String recipientId) {
	}

	record PreferencesForm(String language, String timeZone) {
	}

	record PasswordForm(String currentPassword, @NotBlank(message = "{identity.profile.new-password.required}") String newPassword,
			String confirmation) {
	}

	/** Every zone the JDK knows, offered as suggestions (the field accepts exactly these). */
	private static final java.util.List<String> TIME_ZONES = java.time.ZoneId.getAvailableZoneIds()
		.stream()
		.filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
		.sorted()
		.toList();

	private final AccountService accounts;

	private final LanguageSettings languages;

	private final LocaleResolver localeResolver;

	ProfileController(AccountService accounts, LanguageSettings languages, LocaleResolver localeResolver) {
		this.accounts = accounts;
		this.languages = languages;
		this.localeResolver = localeResolver;
	}

	@GetMapping("/profile")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		AccountSummary account = accounts.get(user.id());
		model.addAttribute("form", new ProfileForm(account.displayName(), account.recipientId()));
		model.addAttribute("passwordForm", new PasswordForm(null, null, null));
		return page(model, account);
	}

	@PostMapping("/profile/preferences")
	String updatePreferences(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("preferencesForm") PreferencesForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			accounts.updatePreferences(user, form.language(), form.timeZone(), languages.languages());
			Preferences.changed(request);
			if (form.language() != null && !form.language().isBlank()) {
				localeResolver.setLocale(request, response, java.util.Locale.forLanguageTag(form.language()));
			}
			redirect.addFlashAttribute("flash", "identity.profile.preferences-saved");
			return "redirect:/profile";
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
		}
		AccountSummary account = accounts.get(user.id());
		model.addAttribute("form", new ProfileForm(account.displayName(), account.recipientId()));
		model.addAttribute("passwordForm", new PasswordForm(null, null, null));
		return Forms.redisplay(response, page(model, account));
	}

	private String page(Model model, AccountSummary account) {
		model.addAttribute("account", account);
		if (!model.containsAttribute("preferencesForm")) {
			model.addAttribute("preferencesForm", new PreferencesForm(account.language(), account.timeZone()));
		}
		model.addAttribute("timeZones", TIME_ZONES);
		return "identity/profile";
	}

	@PostMapping("/profile")
	String update(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				// the session picks the new name up on the next request (AccountFreshnessFilter)
				accounts.updateProfile(user, form.displayName(), form.recipientId());
				redirect.addFlashAttribute("flash", "identity.profile.saved");
				return "redirect:/profile";
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		model.addAttribute("passwordForm", new PasswordForm(null, null, null));
		return Forms.redisplay(response, page(model, accounts.get(user.id())));
	}

	@PostMapping("/profile/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!binding.hasErrors() && !form.newPassword().equals(form.confirmation())) {
			binding.rejectValue("confirmation", "identity.profile.confirmation.mismatch");
		}
		if (!binding.hasErrors()) {
			try {
				accounts.changePassword(user, form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("flash", "identity.profile.password-changed");
				return "redirect:/profile";
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		AccountSummary account = accounts.get(user.id());
		model.addAttribute("form", new ProfileForm(account.displayName(), account.recipientId()));
		return Forms.redisplay(response, page(model, account));
	}

}
