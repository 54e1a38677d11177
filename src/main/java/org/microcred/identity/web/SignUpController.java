package org.microcred.identity.web;

import org.microcred.identity.IdentitySettings;
import org.microcred.identity.Role;
import org.microcred.identity.SignUpRequest;
import org.microcred.identity.SignUpService;
import org.microcred.identity.internal.SignIns;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * A teacher's own sign-up: name and address first, then the e-mailed link to choose the password, after which the
 * new teacher is logged in (following the link proved the address is theirs). Whether the address already has an
 * account, the answer is the same "check your e-mail". Each step shows every problem of the form at once.
 */
@Controller
class SignUpController {

	record PasswordForm(@NotBlank(message = "{identity.profile.new-password.required}") String password, String confirmation) {
	}

	private final SignUpService signUps;

	private final IdentitySettings settings;

	private final SignIns signIns;

	SignUpController(SignUpService signUps, IdentitySettings settings, SignIns signIns) {
		this.signUps = signUps;
		this.settings = settings;
		this.signIns = signIns;
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
		signUps.problems(form.displayName(), form.email())
			.stream()
			.filter(problem -> !binding.hasFieldErrors(problem.field()))
			.forEach(problem -> Forms.reject(binding, problem));
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
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		SignUpRequest open = signUps.findOpen(token).orElse(null);
		if (open != null && !binding.hasFieldErrors("password")) {
			signUps.passwordProblem(open, form.password()).ifPresent(problem -> Forms.reject(binding, problem));
		}
		if (form.password() != null && !form.password().isEmpty() && !form.password().equals(form.confirmation())) {
			binding.rejectValue("confirmation", "identity.profile.confirmation.mismatch");
		}
		if (!binding.hasErrors()) {
			try {
				var account = signUps.complete(token, form.password());
				if (!signIns.signIn(account, request, response)) {
					return "redirect:/login?accountReady";
				}
				redirect.addFlashAttribute("flash", "identity.signup-finish.welcome");
				return "redirect:" + Role.TEACHER.homePath(null);
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
