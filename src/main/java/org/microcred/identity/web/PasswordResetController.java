package org.microcred.identity.web;

import org.microcred.identity.PasswordResetService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

@Controller
class PasswordResetController {

	record NewPasswordForm(String token, @NotBlank(message = "{identity.profile.new-password.required}") String password,
			String confirmation) {
	}

	private final PasswordResetService resets;

	PasswordResetController(PasswordResetService resets) {
		this.resets = resets;
	}

	@GetMapping("/password/forgot")
	String forgotForm() {
		return "identity/forgot";
	}

	/** The same answer, as fast, for every address; a query parameter rather than a flash message costs no session. */
	@PostMapping("/password/forgot")
	String forgot(@RequestParam(defaultValue = "") String email) {
		resets.requestReset(email.length() > 254 ? "" : email);
		return "redirect:/login?resetSent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		model.addAttribute("form", new NewPasswordForm(token, null, null));
		if (!resets.isUsable(token)) {
			model.addAttribute("expired", true);
			response.setStatus(HttpServletResponse.SC_GONE);
		}
		return "identity/reset";
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult binding,
			HttpServletResponse response) {
		if (!binding.hasErrors() && !form.password().equals(form.confirmation())) {
			binding.rejectValue("confirmation", "identity.profile.confirmation.mismatch");
		}
		if (!binding.hasErrors()) {
			try {
				resets.reset(form.token(), form.password());
				return "redirect:/login?passwordChanged";
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		return Forms.redisplay(response, "identity/reset");
	}

}
