package org.microcred.identity.web;

import org.microcred.identity.IdentitySettings;
import org.microcred.identity.SignUpRequest;
import org.microcred.identity.SignUpService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * A teacher's own sign-up: name and address first, then the e-mailed link to choose the password. Whether the
 * address already has an account, the answer is the same "check your e-mail".
 */
@Controller
class SignUpController {

	record PasswordForm(@NotBlank(message = "{identity.profile.new-password.required}") String password, String confirmation) {
	}

	private final SignUpService signUps;

	private final IdentitySettings settings;

	SignUpController(SignUpService signUps, IdentitySettings settings) {
		this.signUps = signUps;
		this.settings = settings;
	}

	@GetMapping("/signup")
	String form(@ModelAttribute("form") SignupForm form, Model model) {
		model.addAttribute("signupEnabled", settings.signupEnabled());
		return "identity/signup";
	}

	/** Answers with a query parameter, not a flash message: an anonymous visitor gets no session. */
	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignupForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		model.addAttribute("signupEnabled", settings.signupEnabled());
		if (!binding.hasErrors()) {
			try {
				signUps.requestSignUp(form.displayName(), form.email());
				return "redirect:/signup?sent";
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		return Forms.redisplay(response, "identity/signup");
	}

	@GetMapping("/signup/{token}")
	String finishForm(@PathVariable String token, Model model, HttpServletResponse response) {
		model.addAttribute("form", new PasswordForm(null, null));
		return finishPage(token, model, response);
	}

	@PostMapping("/signup/{token}")
	String finish(@PathVariable String token, @Valid @ModelAttribute("form") PasswordForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		if (!binding.hasErrors() && !form.password().equals(form.confirmation())) {
			binding.rejectValue("confirmation", "identity.profile.confirmation.mismatch");
		}
		if (!binding.hasErrors()) {
			try {
				signUps.complete(token, form.password());
				return "redirect:/login?accountReady";
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		String view = finishPage(token, model, response);
		if (response.getStatus() == HttpServletResponse.SC_OK) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return view;
	}

	private String finishPage(String token, Model model, HttpServletResponse response) {
		SignUpRequest request = signUps.findOpen(token).orElse(null);
		if (request == null) {
			response.setStatus(HttpServletResponse.SC_GONE);
		}
		model.addAttribute("request", request);
		model.addAttribute("token", token);
		return "identity/signup-finish";
	}

}
