package org.microcred.identity.web;

import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person's own profile: name, credential recipient id, password. */
@Controller
class ProfileController {

	record ProfileForm(@NotBlank(message = "Please enter your name.") @Size(max = 120,
			message = "Please keep your name to 120 characters or fewer.") String displayName,
			@Size(max = 500, message = "That is too long.") String recipientId) {
	}

	record PasswordForm(String currentPassword, @NotBlank(message = "Please choose a password.") String newPassword,
			String confirmation) {
	}

	private final AccountService accounts;

	ProfileController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/profile")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		AccountSummary account = accounts.get(user.id());
		model.addAttribute("account", account);
		model.addAttribute("form", new ProfileForm(account.displayName(), account.recipientId()));
		model.addAttribute("passwordForm", new PasswordForm(null, null, null));
		return "identity/profile";
	}

	@PostMapping("/profile")
	String update(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				// the session picks the new name up on the next request (AccountFreshnessFilter)
				accounts.updateProfile(user, form.displayName(), form.recipientId());
				redirect.addFlashAttribute("flash", "Your profile was saved.");
				return "redirect:/profile";
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		model.addAttribute("account", accounts.get(user.id()));
		model.addAttribute("passwordForm", new PasswordForm(null, null, null));
		return Forms.redisplay(response, "identity/profile");
	}

	@PostMapping("/profile/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!binding.hasErrors() && !form.newPassword().equals(form.confirmation())) {
			binding.rejectValue("confirmation", "mismatch", "The two passwords are not the same.");
		}
		if (!binding.hasErrors()) {
			try {
				accounts.changePassword(user, form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("flash", "Your password was changed.");
				return "redirect:/profile";
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		AccountSummary account = accounts.get(user.id());
		model.addAttribute("account", account);
		model.addAttribute("form", new ProfileForm(account.displayName(), account.recipientId()));
		return Forms.redisplay(response, "identity/profile");
	}

}
